import * as v from 'valibot';

/** `"yyyy-mm"`: the month an article belongs to, in the site's time zone. */
export const MonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as "yyyy-mm"'));

/** ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`). */
export const TimestampSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
    'an ISO 8601 date-time with an offset',
  ),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'a real date'),
);

const Text = v.pipe(v.string(), v.minLength(1));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const PageNumber = v.pipe(v.number(), v.integer(), v.minValue(1));
export const SlugSchema = v.pipe(v.string(), v.regex(/^[^\s/?#\\]+$/u, 'a slug without spaces or slashes'));

export const SiteSchema = v.object({
  title: Text,
  description: v.string(),
  timeZone: Text,
  articleCount: Count,
  labelCount: Count,
  firstMonth: v.nullable(MonthSchema),
  lastMonth: v.nullable(MonthSchema),
  pageSize: PageNumber,
});

export const LabelRefSchema = v.object({ name: Text, slug: SlugSchema });

export const ArticleRefSchema = v.object({
  slug: SlugSchema,
  title: Text,
  published: TimestampSchema,
  month: MonthSchema,
});

export const ArticleSummarySchema = v.object({
  ...ArticleRefSchema.entries,
  author: Text,
  labels: v.array(LabelRefSchema),
  summary: v.string(),
});

export const ArticleSchema = v.object({
  ...ArticleSummarySchema.entries,
  updated: v.optional(TimestampSchema),
  html: v.string(),
  words: Count,
  readingMinutes: Count,
  newer: v.nullable(ArticleRefSchema),
  older: v.nullable(ArticleRefSchema),
  related: v.array(ArticleSummarySchema),
});

export const ListPageSchema = v.object({
  page: PageNumber,
  pageCount: PageNumber,
  total: Count,
  items: v.array(ArticleSummarySchema),
});

export const ArchiveSchema = v.object({
  years: v.array(
    v.object({
      year: v.pipe(v.string(), v.regex(/^\d{4}$/)),
      count: Count,
      months: v.array(v.object({ month: MonthSchema, count: Count })),
    }),
  ),
});

export const LabelsIndexSchema = v.object({
  labels: v.array(v.object({ ...LabelRefSchema.entries, count: Count })),
});

/** `redirects.json`: old permalink paths (from an imported blog) and the articles they now name. */
export const RedirectsSchema = v.object({
  redirects: v.array(
    v.object({
      from: v.pipe(v.string(), v.startsWith('/', 'a path starting with "/"')),
      to: v.pick(ArticleRefSchema, ['slug', 'month']),
    }),
  ),
});

export type Month = v.InferOutput<typeof MonthSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
export type LabelRef = v.InferOutput<typeof LabelRefSchema>;
export type ArticleRef = v.InferOutput<typeof ArticleRefSchema>;
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ListPage = v.InferOutput<typeof ListPageSchema>;
export type Archive = v.InferOutput<typeof ArchiveSchema>;
export type ArchiveYear = Archive['years'][number];
export type LabelsIndex = v.InferOutput<typeof LabelsIndexSchema>;
export type LabelCount = LabelsIndex['labels'][number];
export type Redirects = v.InferOutput<typeof RedirectsSchema>;
export type Redirect = Redirects['redirects'][number];
