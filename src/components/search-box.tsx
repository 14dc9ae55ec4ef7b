import { useEffect, useRef, type FormEvent, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../contract/paths';
import type { Month } from '../contract/schemas';
import { MAX_QUERY_LENGTH } from '../data/search-term';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** `/` puts the cursor in the search box, unless the reader is typing somewhere or a dialog is open. */
function useSlashToFocus(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const target = event.target as Element | null;
      if (target?.closest?.(TYPING) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

/**
 * The header's search form. On the search view it shows the current words, and a new search
 * keeps the label and month filters (their chips show, and remove, them).
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);

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
      <label htmlFor="site-search" className="visually-hidden">
        Search the archive
      </label>
      {/* Keyed by the URL's words, so going back and forth shows the search of each page. */}
      <input
        key={q}
        ref={input}
        id="site-search"
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
