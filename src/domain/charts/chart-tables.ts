import { studyShort } from '../dataset/outcome-text'
import type { Dataset } from '../dataset/schema'
import { toCsv } from '../export/to-csv'
import { AREA_ORDER, VERIFICATION_LABELS } from '../query/labels'
import type { CellValue } from '../query/table-spec'
import type { AreaPoint, ChartMode, GapMap, PlottedSeries } from './series'

/** Exactly the plotted numbers, for "show as table" and the chart's CSV. */
export type ChartTable = { headers: string[]; rows: CellValue[][] }

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
      p.label,
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
