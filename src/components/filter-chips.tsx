import { PrefetchLink } from './prefetch-link';

/** One active filter: what it is ("Label: KVM") and where the same view without it lives. */
export type Filter = { text: string; removeHref: string };

export function FilterChips({ filters }: { filters: Filter[] }) {
  if (filters.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {filters.map((filter) => (
        <li key={filter.text}>
          <PrefetchLink to={filter.removeHref} className="chip" aria-label={`Remove filter ${filter.text}`}>
            {filter.text} <span aria-hidden="true">×</span>
          </PrefetchLink>
        </li>
      ))}
    </ul>
  );
}
