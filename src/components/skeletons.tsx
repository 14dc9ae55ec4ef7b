import type { ReactNode } from 'react';

/** Grey blocks in the shape of what is loading, so nothing jumps when it arrives. */
function Bar({ kind = 'line' }: { kind?: 'line' | 'short' | 'heading' | 'title' | 'meta' }) {
  return <span className={`skeleton skeleton-${kind}`} />;
}

function Loading({ children }: { children: ReactNode }) {
  return (
    <div className="skeleton-block" aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading…
      </p>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}

const lines = (count: number) =>
  Array.from({ length: count }, (_, i) => <Bar key={i} kind={i % 4 === 3 ? 'short' : 'line'} />);

export function ListSkeleton({ count = 5 }: { count?: number }) {
  return (
    <Loading>
      <Bar kind="heading" />
      <Bar kind="meta" />
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="card">
          <Bar kind="title" />
          <Bar kind="meta" />
          <Bar />
          <Bar kind="short" />
        </div>
      ))}
    </Loading>
  );
}

export function ArticleSkeleton() {
  return (
    <Loading>
      <Bar kind="heading" />
      <Bar kind="meta" />
      <div className="article-body">{lines(14)}</div>
    </Loading>
  );
}

/** The article body while the sanitizer loads, about as tall as the text will be. */
export function BodySkeleton({ lines: count }: { lines: number }) {
  return (
    <div className="article-body" aria-hidden="true">
      {lines(count)}
    </div>
  );
}

export function IndexSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Loading>
      <Bar kind="heading" />
      {lines(rows)}
    </Loading>
  );
}

export function WidgetSkeleton({ rows }: { rows: number }) {
  return <div aria-hidden="true">{lines(rows)}</div>;
}
