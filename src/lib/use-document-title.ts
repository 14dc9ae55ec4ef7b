import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { siteQuery } from '../data/queries';

export const FALLBACK_SITE_TITLE = 'Hyperread';

/** Sets `document.title` to "{title} — {site title}", or the site title alone when `title` is null. */
export function useDocumentTitle(title: string | null): void {
  const { data: site } = useQuery(siteQuery());
  const siteTitle = site?.title ?? FALLBACK_SITE_TITLE;
  useEffect(() => {
    document.title = title ? `${title} — ${siteTitle}` : siteTitle;
  }, [title, siteTitle]);
}
