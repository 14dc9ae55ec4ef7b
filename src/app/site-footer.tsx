import { useQuery } from '@tanstack/react-query';
import { siteQuery } from '../data/queries';
import { FALLBACK_SITE_TITLE } from '../lib/use-document-title';

export function SiteFooter() {
  const { data: site } = useQuery(siteQuery());
  return (
    <footer className="site-footer">
      <p>
        {site?.title ?? FALLBACK_SITE_TITLE}
        {site && ` · ${site.articleCount} articles, ${site.labelCount} labels`}
      </p>
    </footer>
  );
}
