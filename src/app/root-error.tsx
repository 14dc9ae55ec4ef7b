import { useRouteError } from 'react-router';

/** The last resort, when the frame itself failed: no data, no router links, just a way back. */
export function RootError() {
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="root-error">
      <h1>Something went wrong</h1>
      <p>The reader ran into a problem it could not recover from.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </main>
  );
}
