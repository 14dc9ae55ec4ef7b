import { useQuery } from '@tanstack/react-query';
import { paths } from '../contract/paths';
import { labelsQuery } from '../data/queries';
import { PrefetchLink } from './prefetch-link';
import { WidgetError } from './widget-error';
import { WidgetSkeleton } from './skeletons';

export function LabelsWidget({ currentLabel }: { currentLabel: string | null }) {
  const labels = useQuery(labelsQuery());

  let body: React.ReactNode;
  if (labels.isError) body = <WidgetError what="the labels" onRetry={() => void labels.refetch()} />;
  else if (!labels.data) body = <WidgetSkeleton rows={6} />;
  else
    body = (
      <ul className="label-counts">
        {labels.data.labels.map((label) => (
          <li key={label.slug} className={label.slug === currentLabel ? 'is-current' : undefined}>
            <PrefetchLink
              to={paths.label(label.slug)}
              aria-current={label.slug === currentLabel ? 'true' : undefined}
            >
              {label.name} <span className="count">({label.count})</span>
            </PrefetchLink>
          </li>
        ))}
      </ul>
    );

  return (
    <nav className="widget" aria-labelledby="labels-heading">
      <h2 id="labels-heading">Labels</h2>
      {body}
    </nav>
  );
}
