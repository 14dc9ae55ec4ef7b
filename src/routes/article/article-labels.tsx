import { LabelLinks } from '../../components/label-links';
import type { Article } from '../../contract/schemas';

export function ArticleLabels({ labels }: Pick<Article, 'labels'>) {
  if (labels.length === 0) return null;
  return (
    <footer className="article-labels">
      <span className="article-labels-caption">Labels:</span>
      <LabelLinks labels={labels} />
    </footer>
  );
}
