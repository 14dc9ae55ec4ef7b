import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '../../contract/paths';
import { ArchiveTree } from '../../components/archive-tree';
import { archiveQuery } from '../../data/queries';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ArchivePage() {
  const { data: archive } = useSuspenseQuery(archiveQuery());
  // Changing the key remounts the tree, so "expand all" overrides what the reader toggled.
  const [allExpanded, setAllExpanded] = useState<boolean | null>(null);
  useDocumentTitle('Archive');
  const total = archive.years.reduce((sum, y) => sum + y.count, 0);

  return (
    <section className="archive-view" aria-labelledby="view-heading">
      <h1 id="view-heading">Monthly archive</h1>
      <p className="list-summary">
        {total} {total === 1 ? 'article' : 'articles'} in {archive.years.length}{' '}
        {archive.years.length === 1 ? 'year' : 'years'}
      </p>
      {archive.years.length === 0 ? (
        <p className="empty">The archive has no articles yet.</p>
      ) : (
        <>
          <button type="button" className="button-link" onClick={() => setAllExpanded(!allExpanded)}>
            {allExpanded ? 'Collapse all years' : 'Expand all years'}
          </button>
          <nav aria-label="Archive by year">
            <ArchiveTree
              key={String(allExpanded)}
              years={archive.years}
              monthHref={(month) => paths.month(month)}
              yearHref={paths.year}
              initiallyExpanded={(_, index) => allExpanded ?? index === 0}
            />
          </nav>
        </>
      )}
    </section>
  );
}
