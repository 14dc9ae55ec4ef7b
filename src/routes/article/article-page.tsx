import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { useLoaderData } from 'react-router';
import { FormattedDate } from '../../components/formatted-date';
import { articleQuery, siteQuery } from '../../data/queries';
import type { TargetOf } from '../../data/route-match';
import { useAfterFirstPaint } from '../../lib/use-after-first-paint';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ArticleBody } from './article-body';
import { loadDeferred } from '../../lib/deferred-module';
import { articleExtras } from './load-article-extras';
import { useArticleExtras } from './use-article-extras';

// Not needed for the first paint; its box is reserved so the text below does not move.
const ShareButton = lazy(() => import('./share-button').then((m) => ({ default: m.ShareButton })));

/** What an article needs after its first paint (the sanitizer…), for a hovered link to load early. */
export function preloadArticleExtras(): Promise<unknown> {
  return loadDeferred(articleExtras);
}

export function ArticlePage() {
  const { slug, readingList } = useLoaderData<TargetOf<'article'> & { readingList: ReactNode }>();
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  useDocumentTitle(article.title);
  const painted = useAfterFirstPaint();
  const extrasState = useArticleExtras();
  const { extras } = extrasState;

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
        <ArticleBody html={article.html} words={article.words} extras={extrasState} />
        {extras && <extras.ArticleLabels labels={article.labels} />}
      </article>
      {/* They follow the text, so they come with it: nothing below the text moves twice. */}
      {extras && (
        <>
          <extras.ArticleNeighbours newer={article.newer} older={article.older} />
          <extras.RelatedArticles items={article.related} timeZone={site.timeZone} />
        </>
      )}
    </>
  );
}
