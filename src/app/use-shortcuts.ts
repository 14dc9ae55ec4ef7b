import { useEffect } from 'react';
import { SEARCH_INPUT_ID } from '../components/search-box';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** j/k on a list: focus the next/previous article link (Enter then opens it, as for any link). */
function moveThroughList(step: number): boolean {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('main .card-title a')];
  if (links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const link = links[at < 0 ? 0 : Math.min(links.length - 1, Math.max(0, at + step))]!;
  link.focus();
  return true;
}

/** On an article, the next/previous link of the reading list, else of the feed (newer/older). */
function stepArticle(direction: 'next' | 'prev'): boolean {
  const scope = document.querySelector('main .list-position') ?? document.querySelector('main');
  const link = scope?.querySelector<HTMLAnchorElement>(`[data-shortcut="${direction}"]`);
  link?.click();
  return Boolean(link) || scope?.classList.contains('list-position') === true;
}

/**
 * The reader's keyboard shortcuts (listed in the help dialog `?` opens). They never fire while
 * the reader types in a field, holds a modifier, or has a dialog open.
 */
export function useShortcuts(openHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as Element | null;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest?.(TYPING) || document.querySelector('dialog[open]')) return;
      const forward = event.key === 'j' || event.key === 'n';
      let handled = false;
      if (event.key === '?') {
        openHelp();
        handled = true;
      } else if (event.key === '/') {
        const search = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
        search?.focus();
        search?.select();
        handled = Boolean(search);
      } else if (forward || event.key === 'k' || event.key === 'p') {
        handled = stepArticle(forward ? 'next' : 'prev') || moveThroughList(forward ? 1 : -1);
      }
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openHelp]);
}
