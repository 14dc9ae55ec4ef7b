export function WidgetError({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="widget-error">
      <p>Could not load {what}.</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
