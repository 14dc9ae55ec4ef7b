import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useLoaderData } from 'react-router';
import { FormattedDate } from '../../components/formatted-date';
import { LabelLinks } from '../../components/label-links';
import { articleQuery, siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ArticleBody } from './article-body';
import { ArticleNeighbours } from './article-neighbours';
import { loadSanitizer } from './load-sanitizer';
import { RelatedArticles } from './related-articles';

// Not needed for the first paint; its box is reserved so the text below does not move.
const ShareButton = lazy(() => import('./share-button').then((m) => ({ default: m.ShareButton })));

/** What an article needs after its first paint (the sanitizer), for a hovered link to load early. */
export function preloadArticleExtras(): Promise<unknown> {
  return loadSanitizer();
}

/** True from the frame after the first paint: for extras that must not delay the article's text. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}

export function ArticlePage() {
  const { slug, readingList } = useLoaderData<TargetOf<'article'> & { readingList: ReactNode }>();
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  useDocumentTitle(article.title);
  const painted = useAfterFirstPaint();

  return (
    <>
      <article className="article" aria-labelledby="view-heading">
        <header className="article-header">
          <h1 id="view-heading">{article.title}</h1>
          <p className="byline">
            Posted by <span className="author">{article.author}</span> <span aria-hidden="true">|</span>{' '}
            <FormattedDate iso={article.published} timeZone={site.timeZone} />{' '}
            <span aria-hidden="true">|</span> {article.readingMinutes} min read
          </p>
          <Suspense fallback={<span className="share" />}>
            {painted ? <ShareButton title={article.title} /> : <span className="share" />}
          </Suspense>
        </header>
        {readingList}
        <ArticleBody html={article.html} words={article.words} />
        {article.labels.length > 0 && (
          <footer className="article-labels">
            <span className="article-labels-caption">Labels:</span>
            <LabelLinks labels={article.labels} />
          </footer>
        )}
      </article>
      <ArticleNeighbours newer={article.newer} older={article.older} />
      <RelatedArticles items={article.related} timeZone={site.timeZone} />
    </>
  );
}
