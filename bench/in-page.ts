/**
 * Scripts the bench installs in every page before the app's own code runs, so what it observes
 * starts at navigation: long tasks (buffered), the frame after the first table rows appear, and
 * the moment a file is chosen in the open dialog.
 */
export const INIT_SCRIPT = `
  window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__changeThenPaint = async (_selector, act) => {
    const start = performance.now();
    act();
    await window.__afterPaint();
    return performance.now() - start;
  };
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__firstRowsAt = null;
  new MutationObserver((_records, observer) => {
    if (window.__firstRowsAt !== null || !document.querySelector('tbody tr')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__firstRowsAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
  window.__fileChosenAt = null;
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'file') window.__fileChosenAt = performance.now();
  }, true);
`

/** The load floor's worker: fetch the same bytes and JSON.parse them, nothing else. */
export const FLOOR_WORKER = `
  onmessage = async (event) => {
    const response = await fetch(event.data);
    const data = JSON.parse(await response.text());
    postMessage(data.techniques.length);
  };
`

/** A page with one paragraph: the first-paint floor for the built-in dataset's first rows. */
export const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>Blank</p></body></html>'

export type LongTask = { start: number; duration: number }

declare global {
  interface Window {
    __afterPaint: () => Promise<void>
    __changeThenPaint: (selector: string, act: () => void) => Promise<number>
    __longTasks: LongTask[]
    __firstRowsAt: number | null
    __fileChosenAt: number | null
  }
}

/** Long tasks between two page times: how many over 50 ms and 200 ms, and the longest. */
export function longTaskSummary(tasks: LongTask[], from: number, to: number) {
  const within = tasks.filter((t) => t.start >= from && t.start <= to)
  return {
    over50: within.length,
    over200: within.filter((t) => t.duration > 200).length,
    longestMs: Math.round(Math.max(0, ...within.map((t) => t.duration))),
  }
}
