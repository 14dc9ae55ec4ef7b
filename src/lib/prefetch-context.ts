import { createContext } from 'react';

/** Starts loading what the view at a reader URL needs (its data and its code). */
export type Prefetch = (to: string) => void;

export const PrefetchContext = createContext<Prefetch>(() => {});
