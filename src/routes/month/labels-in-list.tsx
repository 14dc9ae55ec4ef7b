import type { ArticleSummary } from '../../contract/schemas';
import { PrefetchLink } from '../../components/prefetch-link';

type LabelsInListProps = { items: ArticleSummary[]; href: (slug: string) => string };

/** The labels of the articles listed, each a link that narrows the list to it. */
export function LabelsInList({ items, href }: LabelsInListProps) {
  const labels = new Map<string, string>();
  for (const item of items) for (const label of item.labels) labels.set(label.slug, label.name);
  if (labels.size === 0) return null;

  return (
    <section className="narrow" aria-labelledby="narrow-heading">
      <h2 id="narrow-heading">Narrow to a label</h2>
      <ul className="chip-list">
        {[...labels].map(([slug, name]) => (
          <li key={slug}>
            <PrefetchLink to={href(slug)} className="chip">
              {name}
            </PrefetchLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
