import { readFileSync } from 'node:fs';
import { apiPaths } from '../src/contract/api-paths';
import type { ArticlePlacement } from './article-json';
import { articleJson } from './article-json';
import { ArticleMonths } from './article-month';
import { HtmlSpill } from './html-spill';
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
  /** Writes every rendered article, placed by `placementOf(index of its file in render's files)`. */
  writeArticles(outDir: string, placementOf: (fileIndex: number) => ArticlePlacement): Promise<WriteStats>;
  close(): Promise<void>;
}

/** What writing an article needs of its own rendering, besides its HTML and its placement. */
type Rendered = Pick<ArticleMeta, 'file' | 'slug' | 'updated' | 'words' | 'readingMinutes'>;

/** Renders articles and later writes them, in this thread: the inline store and each worker hold one. */
export class ArticleBatch {
  private readonly rendered: Rendered[] = [];
  private readonly spill = new HtmlSpill();
  private written = 0;
  private writer: JsonWriter | null = null;

  private readonly months: ArticleMonths;

  constructor(timeZone: string) {
    this.months = new ArticleMonths(timeZone);
  }

  render(files: SourceFile[]): MetaOutcome[] {
    return files.map((file) => {
      const outcome = renderArticle(file, readFileSync(file.path, 'utf8'), this.months);
      if (!outcome.ok) return outcome;
      const { meta, html } = outcome;
      this.rendered.push({
        file: meta.file,
        slug: meta.slug,
        updated: meta.updated,
        words: meta.words,
        readingMinutes: meta.readingMinutes,
      });
      this.spill.push(html);
      return { ok: true, meta };
    });
  }

  /** Writes the next `placements.length` articles, in the order they were rendered. */
  async write(outDir: string, placements: ArticlePlacement[]): Promise<void> {
    this.writer ??= new JsonWriter(outDir);
    for (const placement of placements) {
      const article = this.rendered[this.written++]!;
      if (article.slug !== placement.slug) {
        throw new Error(`pipeline bug: ${article.file} placed as ${placement.slug}`);
      }
      const own = { ...article, html: this.spill.next() };
      await this.writer.writeChecked(apiPaths.article(article.slug), articleJson(own, placement));
    }
  }

  finish(): WriteStats {
    return { files: this.writer?.files ?? 0, bytes: this.writer?.bytes ?? 0 };
  }

  close(): void {
    this.spill.close();
  }
}

export class InlineArticleStore implements ArticleStore {
  private readonly batch: ArticleBatch;
  private count = 0;

  constructor(timeZone: string) {
    this.batch = new ArticleBatch(timeZone);
  }

  async render(files: SourceFile[]): Promise<MetaOutcome[]> {
    this.count = files.length;
    return this.batch.render(files);
  }

  async writeArticles(
    outDir: string,
    placementOf: (fileIndex: number) => ArticlePlacement,
  ): Promise<WriteStats> {
    for (let i = 0; i < this.count; i++) await this.batch.write(outDir, [placementOf(i)]);
    return this.batch.finish();
  }

  async close(): Promise<void> {
    this.batch.close();
  }
}
