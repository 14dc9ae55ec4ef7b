import { useContext, useMemo, type FocusEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { PrefetchContext } from '../../lib/prefetch-context';
import { sanitizeArticleHtml } from './sanitize-html';

/** A link in the body to another page of this reader, as a path, or null. */
function internalPath(target: EventTarget): string | null {
  const link = target instanceof Element ? target.closest('a') : null;
  if (!link || !link.href || (link.target && link.target !== '_self') || link.hasAttribute('download'))
    return null;
  const url = new URL(link.href);
  return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null;
}

/** The article's HTML, cleaned; links to this reader stay inside the app. */
export function SanitizedBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeArticleHtml(html), [html]);
  const navigate = useNavigate();
  const prefetch = useContext(PrefetchContext);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const path = internalPath(event.target);
    if (path === null) return;
    event.preventDefault();
    void navigate(path);
  };
  const onIntent = (event: MouseEvent<HTMLDivElement> | FocusEvent<HTMLDivElement>) => {
    const path = internalPath(event.target);
    if (path !== null) prefetch(path);
  };

  return (
    // Links inside the body are real links (keyboard users get the same click); this only keeps
    // links to other articles inside the single-page app instead of reloading the page.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className="article-body"
      onClick={onClick}
      onMouseOver={onIntent}
      onFocus={onIntent}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
