import { useQueryClient } from '@tanstack/react-query';
import { useRevalidator } from 'react-router';
import { HttpError, InvalidResponseError, NetworkError } from '../data/errors';
import { useDocumentTitle } from '../lib/use-document-title';

function explain(error: unknown): { summary: string; detail?: string } {
  if (error instanceof NetworkError)
    return { summary: 'The archive could not be reached. Check your connection, then try again.' };
  if (error instanceof HttpError)
    return {
      summary: `The server could not deliver this page (it answered with error ${error.status}). This is usually temporary.`,
    };
  if (error instanceof InvalidResponseError)
    return {
      summary: 'The server sent data that the reader does not understand, so it is not shown.',
      detail: error.message,
    };
  return { summary: 'Something unexpected went wrong while showing this page.' };
}

/** A view that failed to load, in plain words, with a way to try again. */
export function ErrorView({ error }: { error: unknown }) {
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  useDocumentTitle('Error');
  const { summary, detail } = explain(error);
  const retrying = revalidator.state === 'loading';

  const retry = () => {
    // Reset what failed (a sidebar widget watching it refetches), then rerun the view's loaders.
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    void revalidator.revalidate();
  };

  return (
    <section className="error-view" aria-labelledby="error-heading">
      <h1 id="error-heading">This page could not be loaded</h1>
      <p role="alert">{summary}</p>
      {detail && <p className="error-detail">{detail}</p>}
      <button type="button" className="button" onClick={retry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
