import { paths } from '../src/contract/paths';
import type { Redirects } from '../src/contract/schemas';
import type { Problem } from './problems';
import type { ArticleMeta } from './render-article';

export type RedirectsResult = { ok: true; value: Redirects } | { ok: false; problems: Problem[] };

/** Old permalinks (front matter `aliases`) to the articles that now live elsewhere. */
export function collectRedirects(articles: ArticleMeta[]): RedirectsResult {
  const problems: Problem[] = [];
  const canonical = new Map(articles.map((a) => [paths.article(a), a]));
  const claimed = new Map<string, ArticleMeta>();
  const redirects: Redirects['redirects'] = [];
  const byFile = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  for (const article of byFile) {
    for (const from of article.aliases) {
      const owner = canonical.get(from);
      const claimant = claimed.get(from);
      const report = (message: string) =>
        problems.push({ file: article.file, line: article.lines.aliases, message });
      if (owner)
        report(`aliases: "${from}" is the address of ${owner === article ? 'this article' : owner.file}`);
      else if (claimant) report(`aliases: "${from}" is also an alias of ${claimant.file}`);
      else {
        claimed.set(from, article);
        redirects.push({ from, to: { slug: article.slug, month: article.month } });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { ok: true, value: { redirects } };
}
