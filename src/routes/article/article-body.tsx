import { BodySkeleton } from '../../components/skeletons';
import type { ArticleExtrasState } from './use-article-extras';

/** About how many lines of text a body of `words` words fills at the reading width. */
const estimatedLines = (words: number) => Math.min(80, Math.max(3, Math.ceil(words / 10)));

/** The article's text once the extras (the sanitizer) have loaded; until then, its shape. */
export function ArticleBody({
  html,
  words,
  extras: { extras, failed, retry },
}: {
  html: string;
  words: number;
  extras: ArticleExtrasState;
}) {
  if (extras) return <extras.SanitizedBody html={html} />;
  if (failed)
    return (
      <div className="article-body widget-error">
        <p>The article text could not be loaded.</p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    );
  return <BodySkeleton lines={estimatedLines(words)} />;
}
