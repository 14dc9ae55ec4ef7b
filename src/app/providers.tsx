import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { PrefetchContext } from '../lib/prefetch-context';
import { createPrefetch } from './prefetch';

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const prefetch = useMemo(() => createPrefetch(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <PrefetchContext value={prefetch}>{children}</PrefetchContext>
    </QueryClientProvider>
  );
}
