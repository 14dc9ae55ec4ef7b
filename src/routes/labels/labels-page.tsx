import { useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '../../contract/paths';
import { PrefetchLink } from '../../components/prefetch-link';
import { labelsQuery } from '../../data/queries';
import { useDocumentTitle } from '../../lib/use-document-title';

export function LabelsPage() {
  const { data } = useSuspenseQuery(labelsQuery());
  useDocumentTitle('Labels');

  return (
    <section className="labels-view" aria-labelledby="view-heading">
      <h1 id="view-heading">Labels</h1>
      <p className="list-summary">
        {data.labels.length} {data.labels.length === 1 ? 'label' : 'labels'}
      </p>
      {data.labels.length === 0 ? (
        <p className="empty">No labels yet.</p>
      ) : (
        <ul className="label-index">
          {data.labels.map((label) => (
            <li key={label.slug}>
              <PrefetchLink to={paths.label(label.slug)}>{label.name}</PrefetchLink>{' '}
              <span className="count">
                ({label.count} {label.count === 1 ? 'article' : 'articles'})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
