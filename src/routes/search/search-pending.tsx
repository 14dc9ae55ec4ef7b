/** The results' place while the search runs: a status for everyone, grey cards for the eye. */
export function SearchPending() {
  return (
    <div className="search-pending" aria-busy="true">
      <p role="status" className="list-summary">
        Searching the archive…
      </p>
      <div aria-hidden="true">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="card">
            <span className="skeleton skeleton-title" />
            <span className="skeleton skeleton-meta" />
            <span className="skeleton skeleton-line" />
            <span className="skeleton skeleton-short" />
          </div>
        ))}
      </div>
    </div>
  );
}
