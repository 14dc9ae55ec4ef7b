import { paths } from '../contract/paths';
import type { LabelRef } from '../contract/schemas';
import { PrefetchLink } from './prefetch-link';

export function LabelLinks({ labels }: { labels: LabelRef[] }) {
  if (labels.length === 0) return null;
  return (
    <ul className="label-links" aria-label="Labels">
      {labels.map((label) => (
        <li key={label.slug}>
          <PrefetchLink to={paths.label(label.slug)}>{label.name}</PrefetchLink>
        </li>
      ))}
    </ul>
  );
}
