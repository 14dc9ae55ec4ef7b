import { lazy, Suspense, useCallback, useState } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { ListSkeleton } from '../components/skeletons';
import { Sidebar } from './sidebar';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { useShortcuts } from './use-shortcuts';

// Loaded on first use: most readers never open it.
const ShortcutsHelp = lazy(() => import('./shortcuts-help').then((m) => ({ default: m.ShortcutsHelp })));

/** The frame around every view. It has no loader on purpose: it renders at once, views fill in. */
export function Layout() {
  const navigation = useNavigation();
  const announcer = useFocusOnNavigation();
  const busy = navigation.state !== 'idle';
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="progress" hidden={!busy} />
      <div className="frame">
        <SiteHeader onShowShortcuts={openHelp} />
        <main id="main" tabIndex={-1} aria-busy={busy || undefined}>
          <Suspense fallback={<ListSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
        <Sidebar />
        <SiteFooter />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" ref={announcer} />
      {help && (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={() => setHelp(false)} />
        </Suspense>
      )}
      <ScrollRestoration />
    </>
  );
}
