import { Suspense } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { ListSkeleton } from '../components/skeletons';
import { Sidebar } from './sidebar';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** The frame around every view. It has no loader on purpose: it renders at once, views fill in. */
export function Layout() {
  const navigation = useNavigation();
  const announcer = useFocusOnNavigation();
  const busy = navigation.state !== 'idle';

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="progress" hidden={!busy} />
      <div className="frame">
        <SiteHeader />
        <main id="main" tabIndex={-1} aria-busy={busy || undefined}>
          <Suspense fallback={<ListSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
        <Sidebar />
        <SiteFooter />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" ref={announcer} />
      <ScrollRestoration />
    </>
  );
}
