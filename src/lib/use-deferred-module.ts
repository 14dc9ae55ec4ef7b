import { useEffect, useState } from 'react';
import { loadDeferred, type DeferredModule } from './deferred-module';
import { useViewShown } from './view-shown';

/**
 * Imports `deferred` a frame after the first view has rendered (at once after that), so its code
 * never delays what the reader came for. Until then the caller shows the part's loading shape.
 */
export function useDeferredModule<M>(deferred: DeferredModule<M>) {
  const viewShown = useViewShown();
  const [module, setModule] = useState(deferred.loaded);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (module || failed || !viewShown) return;
    let current = true;
    const frame = requestAnimationFrame(() =>
      loadDeferred(deferred).then(
        (loaded) => current && setModule(loaded),
        () => current && setFailed(true),
      ),
    );
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [deferred, module, failed, viewShown]);

  return { module, failed, retry: () => setFailed(false) };
}
