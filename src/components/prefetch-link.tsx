import { useContext, useEffect, useRef, type FocusEvent, type MouseEvent, type TouchEvent } from 'react';
import { Link, type LinkProps } from 'react-router';
import { PrefetchContext } from '../lib/prefetch-context';

/** A pointer resting this long on a link means intent; one just passing over it does not. */
const HOVER_INTENT_MS = 50;

type PrefetchLinkProps = Omit<LinkProps, 'to'> & { to: string };

/**
 * A link that loads the target view's data and code on hover, focus or touch, so that following it
 * renders at once. (React Router's `prefetch="intent"` only works in framework mode.)
 */
export function PrefetchLink({
  to,
  onMouseEnter,
  onMouseLeave,
  onFocus,
  onTouchStart,
  ...props
}: PrefetchLinkProps) {
  const prefetch = useContext(PrefetchContext);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Link
      to={to}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => prefetch(to), HOVER_INTENT_MS);
      }}
      onMouseLeave={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseLeave?.(event);
        clearTimeout(timer.current);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        prefetch(to);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        prefetch(to);
      }}
      {...props}
    />
  );
}
