import type { ListContext } from '../contract/list-context';
import { paths } from '../contract/paths';
import type { ArticleSummary } from '../contract/schemas';
import { FormattedDate } from './formatted-date';
import { LabelLinks } from './label-links';
import { PrefetchLink } from './prefetch-link';

type ArticleCardProps = { article: ArticleSummary; timeZone: string; from?: ListContext | undefined };

export function ArticleCard({ article, timeZone, from }: ArticleCardProps) {
  return (
    <article className="card">
      <h2 className="card-title">
        <PrefetchLink to={paths.articleIn(article, from ?? null)}>{article.title}</PrefetchLink>
      </h2>
      <p className="card-meta">
        <FormattedDate iso={article.published} timeZone={timeZone} /> · {article.author}
      </p>
      {article.summary && <p className="card-summary">{article.summary}</p>}
      <LabelLinks labels={article.labels} />
    </article>
  );
}
