import { readFile } from 'node:fs/promises';
import { readExistingContent } from './existing-content';
import { ImportError } from './import-error';
import { planArticles, type PlannedFile } from './plan-articles';
import { readExport, type ExportFormat } from './read-export';
import type { SkipCounts } from './source-post';
import { writeAllOrNothing } from './write-files';
import { decodeXml, parseXml } from './xml';

export interface ImportOptions {
  from: ExportFormat;
  /** The export file. */
  file: string;
  /** The content folder (`site.json`, `articles/`), created if missing. */
  contentDir: string;
}

export interface ImportSummary {
  blogTitle: string;
  imported: number;
  alreadyImported: number;
  skipped: SkipCounts;
  /** Written files, relative to the content folder. */
  files: string[];
  warnings: string[];
}

async function readExportFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError([`${file} does not exist`]);
    if (code === 'EISDIR') throw new ImportError([`${file} is a folder, not an export file`]);
    throw new ImportError([`cannot read ${file}: ${(error as Error).message}`]);
  }
}

/**
 * Brings the published posts of a Blogger or WordPress export into a content folder. Everything is
 * read and checked first; any problem throws an ImportError before a single file is written.
 */
export async function importBlog({ from, file, contentDir }: ImportOptions): Promise<ImportSummary> {
  const parsed = readExport(parseXml(decodeXml(await readExportFile(file), file), file), from, file);
  if (parsed.problems.length > 0) throw new ImportError(parsed.problems);

  const existing = await readExistingContent(contentDir);
  const plan = planArticles(parsed.posts, existing);
  if (plan.problems.length > 0) throw new ImportError(plan.problems);

  const files: PlannedFile[] = [...plan.files];
  if (!existing.hasSite) {
    const site = {
      title: parsed.blog.title || 'Imported blog',
      description: parsed.blog.description,
      timeZone: 'UTC',
      pageSize: 20,
    };
    files.unshift({ path: 'site.json', content: `${JSON.stringify(site, null, 2)}\n` });
  }
  await writeAllOrNothing(contentDir, files);

  return {
    blogTitle: parsed.blog.title,
    imported: plan.files.length,
    alreadyImported: plan.alreadyImported,
    skipped: parsed.skipped,
    files: files.map((f) => f.path),
    warnings: [...parsed.warnings, ...plan.warnings],
  };
}
