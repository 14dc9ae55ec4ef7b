export type ArticleExtras = typeof import('./article-extras');

let loading: Promise<ArticleExtras> | undefined;
let loaded: ArticleExtras | undefined;

/**
 * The sanitizer (DOMPurify) is the heaviest part of the article view, so it loads once the title
 * is on screen, or earlier when an article link is hovered; the labels and links after the text
 * come with it, as they show with the text.
 */
export function loadArticleExtras(): Promise<ArticleExtras> {
  loading ??= import('./article-extras').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The extras if they have already loaded, so an article can render whole at once. */
export function loadedArticleExtras(): ArticleExtras | undefined {
  return loaded;
}
