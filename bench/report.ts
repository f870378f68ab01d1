import type { LighthouseFigures } from './lighthouse'
import type { SizeResult } from './run'

export type Report = {
  date: string
  machine: string
  builtIn: { firstRowsMs: number; blankPaintMs: number; ratio: number }
  lighthouse: { mobile: LighthouseFigures; desktop: LighthouseFigures } | null
  results: SizeResult[]
}

const count = (n: number) => n.toLocaleString('en')

/** Where one size's load time went, phase by phase, for both paths. */
export function phaseLines(r: SizeResult): string {
  const line = (name: string, phases: Record<string, number>) =>
    `  ${name}: ${Object.entries(phases)
      .map(([phase, ms]) => `${phase} ${Math.round(ms)}`)
      .join(' · ')} ms`
  return [line('fetched', r.load.fetched.phases), line('dialog', r.load.dialog.phases)].join('\n')
}

export function markdownTable(report: Report): string {
  const { builtIn, lighthouse: lh } = report
  return [
    `Machine: ${report.machine}; ${report.date.slice(0, 16)} UTC.`,
    `Built-in dataset: first rows ${builtIn.firstRowsMs} ms after navigation; a blank page paints at ${builtIn.blankPaintMs} ms (${builtIn.ratio}×).`,
    lh
      ? `Lighthouse mobile: performance ${lh.mobile.score}, CLS ${lh.mobile.cls}, LCP ${lh.mobile.lcpMs} ms, TBT ${lh.mobile.tbtMs} ms; desktop: performance ${lh.desktop.score}, CLS ${lh.desktop.cls}.`
      : 'Lighthouse: not run (BENCH_LIGHTHOUSE=0).',
    '',
    '| techniques + studies | file (MB) | load by dialog (ms) | load by fetch (ms) | load floor (ms) | ratio dialog / fetch | long tasks > 200 ms (dialog / fetch) | heap (MB) | keystroke median (ms) | keystroke floor (ms) | ratio | CSV all rows (ms) | CSV floor (ms) | facet (ms) | sort (ms) | open chart (ms) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.results.map(
      (r) =>
        `| ${count(r.size)} + ${count(Math.max(100, r.size / 10))} | ${r.fileMb} | ${count(r.load.dialog.ms)} | ${count(r.load.fetched.ms)} | ${count(r.load.floorMs)} | ${r.ratios.loadDialog}× / ${r.ratios.loadFetched}× | ${r.load.dialog.longTasks.over200} / ${r.load.fetched.longTasks.over200} | ${r.heapMb} | ${r.keystrokeMedianMs} | ${r.floor.keystrokeMs} | ${r.ratios.keystroke}× | ${r.csvExportMs} | ${r.floor.csvMs} | ${r.facetMs} | ${r.sortMs} | ${r.chartOpenMs} |`,
    ),
  ].join('\n')
}
