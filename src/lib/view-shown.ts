import { useSyncExternalStore } from 'react';

let shown = false;
const listeners = new Set<() => void>();

/** Marks that a view (not its skeleton) has rendered; every view does, through `useDocumentTitle`. */
export function markViewShown(): void {
  if (shown) return;
  shown = true;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const isViewShown = () => shown;

/** True once the first view has rendered: for what must not compete with it. */
export function useViewShown(): boolean {
  return useSyncExternalStore(subscribe, isViewShown);
}

/** Runs `callback` once the first view has rendered, or at once if it has. */
export function afterViewShown(callback: () => void): void {
  if (shown) return callback();
  const listener = () => {
    listeners.delete(listener);
    callback();
  };
  listeners.add(listener);
}

/** Back to a fresh page load, where no view has rendered yet (for tests, which share one module). */
export function resetViewShown(): void {
  shown = false;
}
