import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { IndexSkeleton } from '../components/skeletons';
import { isNotFoundError } from '../data/errors';

// Rare paths, so their code stays out of the bundle every view loads first.
const NotFound = lazy(() => import('./not-found').then((m) => ({ default: m.NotFound })));
const ErrorView = lazy(() => import('./error-view').then((m) => ({ default: m.ErrorView })));

/** A view's error, shown inside the frame: the header and sidebar stay usable. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isNotFoundError(error) || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <Suspense fallback={<IndexSkeleton />}>{notFound ? <NotFound /> : <ErrorView error={error} />}</Suspense>
  );
}
