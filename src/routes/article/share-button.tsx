import { useState } from 'react';

/** Shares the article's address: the system share sheet where there is one, else the clipboard. */
export function ShareButton({ title }: { title: string }) {
  const [status, setStatus] = useState('');

  const share = async () => {
    const url = window.location.href;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        setStatus('Shared.');
      } else {
        await navigator.clipboard.writeText(url);
        setStatus('Link copied to the clipboard.');
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return setStatus('');
      setStatus('Could not share the link; copy it from the address bar.');
    }
  };

  return (
    <span className="share">
      <button type="button" className="button-secondary" onClick={() => void share()}>
        Share link
      </button>
      <span role="status" className="share-status">
        {status}
      </span>
    </span>
  );
}
