/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the static API lives; relative bases resolve against the page's URL. */
  readonly VITE_API_BASE?: string;
}
