import { formatReviewDate } from '../dataset/freshness'
import { studyShort } from '../dataset/outcome-text'
import type { Dataset } from '../dataset/schema'
import { toCsv } from '../export/to-csv'
import { AREA_ORDER, VERIFICATION_LABELS } from '../query/labels'
import type { CellValue } from '../query/table-spec'
import type { AreaPoint, ChartMode, GapMap, PlottedSeries } from './series'
import type { AreaVerdict } from './shift'
import { shiftAxes, UNIT_WORDS } from './shift-axes'

/** Exactly the plotted numbers, for "show as table" and the chart's CSV. */
export type ChartTable = { headers: string[]; rows: CellValue[][] }

/** "2025–2029 (to 30 Nov 2026, incomplete)" for a period that is not over. */
export function periodLabel(point: AreaPoint): string {
  return point.incompleteUntil
    ? `${point.label} (to ${formatReviewDate(point.incompleteUntil)}, incomplete)`
    : point.label
}

export function areaPointsTable(
  points: ReadonlyArray<AreaPoint>,
  dataset: Dataset,
  xHeader: string,
  mode: ChartMode,
): ChartTable {
  const name = (id: string) => dataset.areas.find((a) => a.id === id)?.name ?? id
  const unit = mode === 'share' ? ' (%)' : ''
  return {
    headers: [
      xHeader,
      ...AREA_ORDER.map((a) => `${name(a)}${unit}`),
      ...(mode === 'absolute' ? ['Total'] : []),
    ],
    rows: points.map((p) => [
      periodLabel(p),
      ...AREA_ORDER.map((a) => p[a]),
      ...(mode === 'absolute' ? [p.total] : []),
    ]),
  }
}

export function seriesTable(plotted: ReadonlyArray<PlottedSeries>, dataset: Dataset): ChartTable {
  const study = new Map(dataset.studies.map((s) => [s.id, s]))
  return {
    headers: [
      'Series',
      'Geography',
      'Year or period',
      'Value',
      'Unit',
      'Unit of analysis',
      'Qualifier',
      'Note',
      'Source',
      'Verification',
      'Verification source',
      'Quote URL',
    ],
    rows: plotted.flatMap(({ series, points }) => {
      const source = study.get(series.studyId)
      const cite = source
        ? `${studyShort(source)}${source.doi ? ` doi:${source.doi}` : ''}`
        : series.studyId
      return points.map((p) => [
        series.title,
        series.geography,
        p.label,
        p.value,
        series.unit,
        series.unitOfAnalysis ?? null,
        p.qualifier,
        p.note,
        cite,
        VERIFICATION_LABELS[series.verification] ?? series.verification,
        series.verificationSource ?? null,
        p.quoteUrl,
      ])
    }),
  }
}

/**
 * One row per series of the headline chart: the two values compared, the change in its unit,
 * what the change counts as and why a context row is not counted, and where the chart cuts an
 * arrow at its axis end (the value here is always the full one).
 */
export function shiftTable(verdicts: ReadonlyArray<AreaVerdict>, dataset: Dataset): ChartTable {
  const area = (id: string) => dataset.areas.find((a) => a.id === id)?.name ?? id
  const study = new Map(dataset.studies.map((s) => [s.id, s]))
  return {
    headers: [
      'Series',
      'Therapy area',
      'Measure',
      'Geography',
      'First year',
      'First value',
      'Last year',
      'Last value',
      'Unit',
      'Change',
      'Change in',
      'Direction',
      'Counts as',
      'Why not counted',
      'On the chart',
      'Source',
      'Verification',
    ],
    rows: verdicts.flatMap((v) =>
      v.groups.flatMap((g) =>
        shiftAxes(g.shifts).flatMap((axis) =>
          axis.shifts.map((s) => {
            const source = study.get(s.series.studyId)
            const why =
              s.stance === 'context'
                ? g.group.reading
                : s.stance === 'unmeasured'
                  ? 'a single point: nothing to compare'
                  : null
            return [
              s.series.title,
              area(v.areaId),
              g.group.label,
              s.series.geography,
              s.fromYear,
              s.firstValue,
              s.toYear,
              s.lastValue,
              s.series.unit,
              s.change,
              UNIT_WORDS[s.kind].replace(/^change in /, ''),
              s.direction ?? 'not measurable',
              s.stance === 'unmeasured'
                ? 'not counted'
                : s.stance === 'context'
                  ? 'context only'
                  : s.stance,
              why,
              axis.clipped.has(s.series.id) ? `arrow cut at the axis end (±${axis.limit} %)` : null,
              source ? `${source.firstAuthor} ${source.year}` : s.series.studyId,
              s.series.verification,
            ]
          }),
        ),
      ),
    ),
  }
}

export function gapTable(map: GapMap): ChartTable {
  return {
    headers: ['Technique', ...map.measures.map((m) => `${m.name} (studies)`)],
    rows: map.techniques.map((t, i) => [
      t.name,
      ...(map.cells[i] ?? []).map((c) => c.studyIds.length),
    ]),
  }
}

export function chartCsv(table: ChartTable, bom = true): string {
  return toCsv(
    table.rows,
    table.headers.map((header, i) => ({ header, value: (row: CellValue[]) => row[i] ?? null })),
    { bom },
  )
}
