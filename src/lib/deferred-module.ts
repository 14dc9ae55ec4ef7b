/** A module that must not compete with the first view; `loaded` keeps it for the next render. */
export type DeferredModule<M> = { load: () => Promise<M>; loaded?: M };

/** Imports `deferred` now (a prefetch, or a loader that wants its view whole), keeping it. */
export const loadDeferred = <M>(deferred: DeferredModule<M>): Promise<M> =>
  deferred.loaded ? Promise.resolve(deferred.loaded) : deferred.load().then((m) => (deferred.loaded = m));
