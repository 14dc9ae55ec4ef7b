// The article's text (with the sanitizer, DOMPurify) and what follows it: one chunk, loaded after the
// title is on screen, or when a link to an article is hovered.
export { SanitizedBody } from './sanitized-body';
export { ArticleLabels } from './article-labels';
export { ArticleNeighbours } from './article-neighbours';
export { RelatedArticles } from './related-articles';
