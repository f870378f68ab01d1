import { useMemo } from 'react'
import { evidenceFacts } from '../../domain/charts/chart-facts'
import { areaPointsTable, periodLabel } from '../../domain/charts/chart-tables'
import { evidenceOverTime } from '../../domain/charts/series'
import { EvidenceChart } from './area-charts'
import { ChartFigure } from './chart-figure'
import { ModeSwitch } from './mode-switch'
import type { ChartPanelProps } from './panel-props'

export function EvidencePanel({
  dataset,
  charts,
  techniques,
  setCharts,
  toggleTable,
}: ChartPanelProps) {
  const points = useMemo(
    () => evidenceOverTime(dataset, techniques, charts.bin, charts.mode),
    [dataset, techniques, charts.bin, charts.mode],
  )
  const facts = useMemo(() => evidenceFacts(dataset, techniques), [dataset, techniques])
  const open = points.find((p) => p.incompleteUntil)
  const incomplete = open
    ? ` The last period, ${periodLabel(open)}, is not over: its bar is drawn lighter with a dashed outline and is not comparable with full periods.`
    : ''
  return (
    <ChartFigure
      id="evidence"
      title="Studies in this dataset by publication period and therapy area"
      caption={`${facts.studies} studies in this dataset inform the techniques in view; ${facts.since2010} were published in 2010 or later. This counts the studies curated here, not all research published on spinal metastases.${incomplete}`}
      source="Source: publication years of the studies in this dataset. A study that informs techniques in two areas is counted in both, so stacks can exceed the number of studies."
      table={areaPointsTable(points, dataset, 'Period', charts.mode)}
      asTable={charts.asTable}
      onToggleTable={toggleTable}
      fileStem={`evidence-${charts.bin}y-${charts.mode}`}
      method={
        <>
          <p>
            <strong>Counted:</strong> each study in this dataset that informs at least one technique
            in view (named by the study or cited by an outcome), in the period of its publication
            year, once per therapy area it informs.
          </p>
          <p>
            <strong>Left out:</strong> studies not curated here, and study size or quality: a small
            case series counts as much as a randomised trial. Periods without a study are kept as
            zero, because a gap is a finding too. A period that ends after the dataset’s review date
            ({dataset.meta.lastReviewed}) is marked incomplete: its studies have not all been
            published, found or curated yet.
          </p>
        </>
      }
      controls={
        <>
          <ModeSwitch charts={charts} setCharts={setCharts} noun="studies" />
          <label className="inline-select">
            Period
            <select
              value={charts.bin}
              onChange={(e) => setCharts({ bin: Number(e.target.value) as 1 | 5 | 10 })}
            >
              <option value={1}>Year</option>
              <option value={5}>5 years</option>
              <option value={10}>10 years</option>
            </select>
          </label>
        </>
      }
    >
      <EvidenceChart
        points={points}
        dataset={dataset}
        mode={charts.mode}
        title="Evidence over time"
      />
    </ChartFigure>
  )
}
