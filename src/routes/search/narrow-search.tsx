import { PrefetchLink } from '../../components/prefetch-link';
import type { LabelsIndex, Month } from '../../contract/schemas';
import type { SearchHit } from '../../data/search-page';
import { formatMonth } from '../../lib/dates';
import { labelName } from '../../lib/label-name';

type NarrowSearchProps = {
  items: SearchHit[];
  labels: LabelsIndex;
  /** Where the same search narrowed to a label (null: already narrowed by label). */
  labelHref: ((slug: string) => string) | null;
  monthHref: ((month: Month) => string) | null;
};

type Group = { id: string; title: string; links: { key: string; text: string; href: string }[] };

/** The labels and months of the results shown, each a link that narrows the search to it. */
export function NarrowSearch({ items, labels, labelHref, monthHref }: NarrowSearchProps) {
  const labelSlugs = [...new Set(items.flatMap((hit) => hit.labels))];
  const months = [...new Set(items.map((hit) => hit.month))].sort().reverse();
  const groups: Group[] = [];
  if (labelHref)
    groups.push({
      id: 'narrow-label',
      title: 'Narrow to a label',
      links: labelSlugs.map((slug) => ({ key: slug, text: labelName(labels, slug), href: labelHref(slug) })),
    });
  if (monthHref)
    groups.push({
      id: 'narrow-month',
      title: 'Narrow to a month',
      links: months.map((month) => ({ key: month, text: formatMonth(month), href: monthHref(month) })),
    });
  const shown = groups.filter((group) => group.links.length > 0);
  if (shown.length === 0) return null;

  return (
    <>
      {shown.map((group) => (
        <section key={group.id} className="narrow" aria-labelledby={group.id}>
          <h2 id={group.id}>{group.title}</h2>
          <ul className="chip-list">
            {group.links.map((link) => (
              <li key={link.key}>
                <PrefetchLink to={link.href} className="chip">
                  {link.text}
                </PrefetchLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
