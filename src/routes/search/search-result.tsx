import { FormattedDate } from '../../components/formatted-date';
import { LabelLinks } from '../../components/label-links';
import { PrefetchLink } from '../../components/prefetch-link';
import { paths } from '../../contract/paths';
import type { LabelsIndex } from '../../contract/schemas';
import type { SearchHit } from '../../data/search-page';
import { labelName } from '../../lib/label-name';
import { HighlightedExcerpt } from './highlighted-excerpt';

type SearchResultProps = { hit: SearchHit; labels: LabelsIndex; timeZone: string };

/** A result as an article card, with the passage that matched instead of the summary. */
export function SearchResult({ hit, labels, timeZone }: SearchResultProps) {
  return (
    <article className="card search-result">
      <h2 className="card-title">
        <PrefetchLink to={paths.article(hit)}>{hit.title}</PrefetchLink>
      </h2>
      <p className="card-meta">
        <FormattedDate iso={hit.published} timeZone={timeZone} /> · {hit.author}
      </p>
      <p className="card-summary search-excerpt">
        <HighlightedExcerpt excerpt={hit.excerpt} />
      </p>
      <LabelLinks labels={hit.labels.map((slug) => ({ slug, name: labelName(labels, slug) }))} />
    </article>
  );
}
