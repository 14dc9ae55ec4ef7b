import { useLocation } from 'react-router';
import { LabelsWidget } from '../components/labels-widget';
import { MonthlyArchive } from '../components/monthly-archive';
import { NewestArticles } from '../components/newest-articles';
import { matchUrl } from '../data/route-match';

export function Sidebar() {
  const { pathname, search } = useLocation();
  const target = matchUrl(pathname + search);
  const currentMonth =
    target.view === 'month' || target.view === 'article' || target.view === 'label' ? target.month : null;
  const currentLabel = target.view === 'label' || target.view === 'month' ? target.label : null;

  return (
    <aside className="sidebar" aria-label="Sidebar">
      <NewestArticles />
      <MonthlyArchive currentMonth={currentMonth} />
      <LabelsWidget currentLabel={currentLabel} />
    </aside>
  );
}
