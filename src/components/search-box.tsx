import { useRef, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../contract/paths';
import type { Month } from '../contract/schemas';
import { MAX_QUERY_LENGTH } from '../data/search-term';

/** The search field's id: `/` (see the app's shortcuts) focuses it. */
export const SEARCH_INPUT_ID = 'site-search';

/**
 * The header's search form. On the search view it shows the current words, and a new search
 * keeps the label and month filters (their chips show, and remove, them).
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const input = useRef<HTMLInputElement>(null);

  const current = pathname === paths.search() ? new URLSearchParams(search) : null;
  const q = current?.get('q') ?? '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = input.current?.value.trim() ?? '';
    void navigate(
      paths.search({
        q: words || undefined,
        label: current?.get('label') ?? undefined,
        month: (current?.get('month') as Month | null) ?? undefined,
      }),
    );
  };

  return (
    <form role="search" className="search-box" action={paths.search()} onSubmit={submit}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search the archive
      </label>
      {/* Keyed by the URL's words, so going back and forth shows the search of each page. */}
      <input
        key={q}
        ref={input}
        id={SEARCH_INPUT_ID}
        type="search"
        name="q"
        defaultValue={q}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
