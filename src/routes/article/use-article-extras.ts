import { useEffect, useState } from 'react';
import { loadDeferred } from '../../lib/deferred-module';
import { articleExtras, type ArticleExtras } from './load-article-extras';

export type ArticleExtrasState = { extras: ArticleExtras | undefined; failed: boolean; retry: () => void };

/**
 * The article's extras, loaded after the first paint: loading them in an effect (not by
 * suspending) lets the title and byline commit without waiting for them.
 */
export function useArticleExtras(): ArticleExtrasState {
  const [extras, setExtras] = useState(articleExtras.loaded);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (extras) return;
    let current = true;
    loadDeferred(articleExtras).then(
      (module) => current && setExtras(module),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [extras, attempt]);

  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { extras, failed, retry };
}
