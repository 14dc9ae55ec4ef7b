import { parseArgs } from 'node:util';
import { importBlog, type ImportSummary } from './import-blog';
import { ImportError } from './import-error';
import { FORMATS, type ExportFormat } from './read-export';

const USAGE = `usage: npm run import -- --from blogger|wordpress FILE --content DIR

Brings the published posts of a Blogger export (Atom) or a WordPress export (WXR) into DIR
as articles/yyyy/mm/<slug>.md, keeping their old permalinks as aliases.`;

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatSummary(summary: ImportSummary, contentDir: string): string[] {
  const { drafts, comments, pages, other } = summary.skipped;
  const lines = [
    `Imported ${plural(summary.imported, 'post')} into ${contentDir}` +
      (summary.blogTitle ? ` from "${summary.blogTitle}"` : ''),
    `Skipped: ${plural(drafts, 'draft')}, ${plural(comments, 'comment')}, ${plural(pages, 'page')}, ${other} other`,
  ];
  if (summary.alreadyImported > 0) {
    lines.push(`Already imported earlier, left as they are: ${plural(summary.alreadyImported, 'post')}`);
  }
  if (summary.files.includes('site.json')) lines.push(`Created ${contentDir}/site.json (time zone UTC)`);
  return [...lines, ...summary.warnings.map((w) => `warning: ${w}`)];
}

type Parsed =
  { ok: true; from: ExportFormat; file: string; contentDir: string } | { ok: false; message: string };

function parse(args: string[]): Parsed {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (values.help) return { ok: false, message: '' };
  const from = values.from;
  if (!from) return { ok: false, message: 'missing --from blogger|wordpress' };
  if (!(FORMATS as readonly string[]).includes(from)) {
    return { ok: false, message: `unknown format "${from}": use --from blogger or --from wordpress` };
  }
  if (positionals.length !== 1) {
    return {
      ok: false,
      message: positionals.length === 0 ? 'missing the export FILE' : 'give one export FILE',
    };
  }
  if (!values.content) return { ok: false, message: 'missing --content DIR' };
  return { ok: true, from: from as ExportFormat, file: positionals[0]!, contentDir: values.content };
}

/** Runs the import command; returns the exit code. */
export async function runImportCli(args: string[], out: Output): Promise<number> {
  const options = parse(args);
  if (!options.ok) {
    if (options.message) out.error(`import: ${options.message}`);
    (options.message ? out.error : out.log)(USAGE);
    return options.message ? 1 : 0;
  }
  try {
    const summary = await importBlog(options);
    for (const line of formatSummary(summary, options.contentDir)) out.log(line);
    return 0;
  } catch (error) {
    // Whatever went wrong, importBlog has written nothing or removed what it wrote.
    out.error('import failed, nothing was written:');
    const problems = error instanceof ImportError ? error.problems : [(error as Error).message];
    for (const problem of problems) out.error(`  - ${problem}`);
    return 1;
  }
}
