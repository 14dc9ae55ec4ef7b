import type { DeferredModule } from '../../lib/deferred-module';

export type ArticleExtras = typeof import('./article-extras');

/**
 * The sanitizer (DOMPurify) is the heaviest part of the article view, so it loads once the title
 * is on screen, or earlier when an article link is hovered; the labels and links after the text
 * come with it, as they show with the text.
 */
export const articleExtras: DeferredModule<ArticleExtras> = { load: () => import('./article-extras') };
