import { useLocation } from 'react-router';
import { NewestArticles } from '../components/newest-articles';
import { WidgetSkeleton } from '../components/skeletons';
import { WidgetError } from '../components/widget-error';
import { matchUrl } from '../data/route-match';
import type { DeferredModule } from '../lib/deferred-module';
import { useDeferredModule } from '../lib/use-deferred-module';

/**
 * The archive and labels widgets sit under the newest articles, far below the fold, so their code
 * loads once the first view is on screen instead of delaying it; until then they keep their
 * loading shape.
 */
const sidebarIndexes: DeferredModule<typeof import('./sidebar-indexes')> = {
  load: () => import('./sidebar-indexes'),
};

type PlaceholderProps = { title: string; what: string; rows: number; failed: boolean; onRetry: () => void };

/** A widget's loading shape (or its error) until its code is in. */
function IndexPlaceholder({ title, what, rows, failed, onRetry }: PlaceholderProps) {
  return (
    <div className="widget">
      <h2>{title}</h2>
      {failed ? <WidgetError what={what} onRetry={onRetry} /> : <WidgetSkeleton rows={rows} />}
    </div>
  );
}

export function Sidebar() {
  const { pathname, search } = useLocation();
  const { module: indexes, failed, retry } = useDeferredModule(sidebarIndexes);
  const target = matchUrl(pathname + search);
  const currentMonth =
    target.view === 'month' || target.view === 'article' || target.view === 'label' ? target.month : null;
  const currentLabel = target.view === 'label' || target.view === 'month' ? target.label : null;

  return (
    <aside className="sidebar" aria-label="Sidebar">
      <NewestArticles />
      {indexes ? (
        <indexes.SidebarIndexes currentMonth={currentMonth} currentLabel={currentLabel} />
      ) : (
        <>
          <IndexPlaceholder
            title="Monthly archive"
            what="the archive"
            rows={8}
            failed={failed}
            onRetry={retry}
          />
          <IndexPlaceholder title="Labels" what="the labels" rows={6} failed={failed} onRetry={retry} />
        </>
      )}
    </aside>
  );
}
