import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { siteQuery } from '../data/queries';
import { markViewShown } from './view-shown';

export const FALLBACK_SITE_TITLE = 'Hyperread';

/**
 * Sets `document.title` to "{title} — {site title}", or the site title alone when `title` is null.
 * Every view sets its title, so this also marks that a view is on screen.
 */
export function useDocumentTitle(title: string | null): void {
  const { data: site } = useQuery(siteQuery());
  const siteTitle = site?.title ?? FALLBACK_SITE_TITLE;
  useEffect(() => {
    document.title = title ? `${title} — ${siteTitle}` : siteTitle;
    markViewShown();
  }, [title, siteTitle]);
}
