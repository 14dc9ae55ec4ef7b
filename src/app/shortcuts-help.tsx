import { useEffect, useRef } from 'react';

const SHORTCUTS: [keys: string[], what: string][] = [
  [
    ['j', 'n'],
    'Next article: in a list, move to it (Enter opens it); in an article, open the next of its list',
  ],
  [['k', 'p'], 'Previous article, the same way'],
  [['Enter'], 'Open the article that has focus'],
  [['/'], 'Search: put the cursor in the search box'],
  [['?'], 'Show these shortcuts'],
  [['Esc'], 'Close this dialog'],
];

/** The shortcuts, in a modal dialog (the browser traps focus in it and closes it on Escape). */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="shortcuts-help" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys.join()}>
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p>Shortcuts do nothing while you type in a field.</p>
      <button type="button" className="button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
