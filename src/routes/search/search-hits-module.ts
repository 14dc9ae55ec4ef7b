import type { DeferredModule } from '../../lib/deferred-module';

/**
 * The results' code, with the search's: a page opened at a search shows its heading before it
 * (then "Searching…" until the results); a search from another view loads it with the results.
 */
export const searchHitsModule: DeferredModule<typeof import('./search-hits')> = {
  load: () => import('./search-hits'),
};
