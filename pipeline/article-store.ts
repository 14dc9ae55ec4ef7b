import { readFileSync } from 'node:fs';
import type { ArticlesPlan } from './article-documents';
import { writeArticle } from './article-documents';
import { JsonWriter } from './json-writer';
import type { Problem } from './problems';
import type { ArticleMeta } from './render-article';
import { renderArticle } from './render-article';
import type { SourceFile } from './source-files';

export type MetaOutcome = { ok: true; meta: ArticleMeta } | { ok: false; problems: Problem[] };

export interface WriteStats {
  files: number;
  bytes: number;
}

/**
 * Renders the article files and later writes their API documents. It keeps each article's HTML
 * between the two steps, so that only the metadata has to travel to the indexing step.
 */
export interface ArticleStore {
  /** Outcomes in the order of `files`. */
  render(files: SourceFile[]): Promise<MetaOutcome[]>;
  /** `positions[i]` is the archive position of `files[i]`. */
  writeArticles(outDir: string, positions: Int32Array, plan: ArticlesPlan): Promise<WriteStats>;
  close(): Promise<void>;
}

/** Renders and writes a batch of articles in this thread; the worker pool runs one per worker. */
export class ArticleBatch {
  private metas: (ArticleMeta | null)[] = [];
  private htmls: (string | null)[] = [];

  constructor(private readonly timeZone: string) {}

  render(files: SourceFile[]): MetaOutcome[] {
    return files.map((file) => {
      const outcome = renderArticle(file, readFileSync(file.path, 'utf8'), this.timeZone);
      this.metas.push(outcome.ok ? outcome.meta : null);
      this.htmls.push(outcome.ok ? outcome.html : null);
      return outcome.ok ? { ok: true, meta: outcome.meta } : outcome;
    });
  }

  async write(outDir: string, positions: ArrayLike<number>, plan: ArticlesPlan): Promise<WriteStats> {
    const writer = new JsonWriter(outDir);
    for (let i = 0; i < this.metas.length; i++) {
      const meta = this.metas[i];
      const html = this.htmls[i];
      this.htmls[i] = null;
      if (meta && html !== null && html !== undefined)
        await writeArticle(writer, meta, html, positions[i]!, plan);
    }
    await writer.flush();
    return { files: writer.files, bytes: writer.bytes };
  }
}

export class InlineArticleStore implements ArticleStore {
  private readonly batch: ArticleBatch;

  constructor(timeZone: string) {
    this.batch = new ArticleBatch(timeZone);
  }

  async render(files: SourceFile[]): Promise<MetaOutcome[]> {
    return this.batch.render(files);
  }

  async writeArticles(outDir: string, positions: Int32Array, plan: ArticlesPlan): Promise<WriteStats> {
    return this.batch.write(outDir, positions, plan);
  }

  async close(): Promise<void> {}
}
