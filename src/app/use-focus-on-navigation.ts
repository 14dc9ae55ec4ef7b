import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new view's heading and announces its title,
 * as a full page load would; scrolling is left to <ScrollRestoration>. Returns the ref of the
 * live region that announces.
 */
export function useFocusOnNavigation() {
  const { key } = useLocation();
  const firstRender = useRef(true);
  const announcer = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
    if (announcer.current) announcer.current.textContent = document.title;
  }, [key]);

  return announcer;
}
