import { useEffect, useState } from 'react';
import { loadedSanitizer, loadSanitizer, type Sanitizer } from './load-sanitizer';

/**
 * The sanitizer, loaded after the first paint: loading it in an effect (not by suspending)
 * lets the title and byline commit without waiting for it.
 */
export function useSanitizer(): { sanitizer: Sanitizer | undefined; failed: boolean; retry: () => void } {
  const [sanitizer, setSanitizer] = useState(loadedSanitizer);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (sanitizer) return;
    let current = true;
    loadSanitizer().then(
      (module) => current && setSanitizer(module),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [sanitizer, attempt]);

  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { sanitizer, failed, retry };
}
