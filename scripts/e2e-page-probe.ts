/** What the probe has seen in a page, read back with `READ_PROBE_SCRIPT`. */
export type ProbeReport = {
  /** Each text the page's single `<h1>` took, with `performance.now()` when it appeared. */
  headings: { at: number; text: string }[];
  lcp: number | null;
  cls: number;
  /** The layout shifts that count for CLS, with the elements that moved. */
  shifts: { at: number; value: number; nodes: string[] }[];
  /** `performance.now()` of the last click, or null. */
  clickAt: number | null;
  resources: {
    url: string;
    start: number;
    end: number;
    transferSize: number;
    encodedBodySize: number;
  }[];
  document: { transferSize: number; responseEnd: number };
};

type ProbeState = Pick<ProbeReport, 'headings' | 'lcp' | 'cls' | 'shifts' | 'clickAt'>;

type LayoutShift = PerformanceEntry & {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node | null }[];
};

/**
 * Runs in the page before any of its scripts (an init script, so it needs no CSP exception):
 * records when the `<h1>` appears or changes, LCP, layout shifts and clicks.
 */
function installProbe(): void {
  const state: ProbeState = { headings: [], lcp: null, cls: 0, shifts: [], clickAt: null };
  (window as unknown as { __probe: ProbeState }).__probe = state;

  let shown = '';
  const look = () => {
    const headings = document.querySelectorAll('h1');
    const text = headings.length === 1 ? (headings[0]?.textContent ?? '').trim() : '';
    if (text && text !== shown) state.headings.push({ at: performance.now(), text });
    shown = text;
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });

  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    if (last) state.lcp = last.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const describe = (node: Node | null | undefined) => {
    if (!(node instanceof Element)) return node?.nodeName.toLowerCase() ?? '?';
    const classes = [...node.classList].map((name) => `.${name}`).join('');
    return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.hadRecentInput) continue;
      state.cls += entry.value;
      state.shifts.push({
        at: entry.startTime,
        value: entry.value,
        nodes: (entry.sources ?? []).map((source) => describe(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  document.addEventListener('click', () => (state.clickAt = performance.now()), { capture: true });
}

/** Runs in the page: the probe's state plus the resource timings (all same-origin, so sizes are real). */
function readProbe(): ProbeReport {
  const state = (window as unknown as { __probe: ProbeState }).__probe;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    ...state,
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
      url: entry.name,
      start: entry.startTime,
      end: entry.responseEnd,
      transferSize: entry.transferSize,
      encodedBodySize: entry.encodedBodySize,
    })),
    document: { transferSize: navigation?.transferSize ?? 0, responseEnd: navigation?.responseEnd ?? 0 },
  };
}

// tsx (esbuild `keepNames`) wraps named functions in `__name(...)` calls, which do not exist in the
// page: so the probe goes to the browser as source text, with a stand-in for that helper.
const inPage = (fn: () => unknown) => `(() => { const __name = (f) => f; return (${fn.toString()})(); })()`;

export const PROBE_SCRIPT = inPage(installProbe);
export const READ_PROBE_SCRIPT = inPage(readProbe);
