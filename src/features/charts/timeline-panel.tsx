import { useMemo, useState } from 'react'
import { timelineFacts } from '../../domain/charts/chart-facts'
import { areaPointsTable } from '../../domain/charts/chart-tables'
import { labelWidth, placeLabels, yearScale } from '../../domain/charts/label-placement'
import { milestonesBetween, techniqueTimeline } from '../../domain/charts/series'
import { TIMELINE_MARGIN, TIMELINE_PLOT_LEFT, TimelineChart } from './area-charts'
import { ChartFigure } from './chart-figure'
import { MilestoneList } from './milestone-list'
import { ModeSwitch } from './mode-switch'
import type { ChartPanelProps } from './panel-props'
import { useWidth } from './use-width'

export function TimelinePanel({
  dataset,
  charts,
  techniques,
  setCharts,
  toggleTable,
}: ChartPanelProps) {
  const points = useMemo(
    () => techniqueTimeline(techniques, charts.mode),
    [techniques, charts.mode],
  )
  const [ref, width] = useWidth<HTMLDivElement>()
  const [active, setActive] = useState<number | null>(null)
  const facts = timelineFacts(techniques)
  const first = facts.first ?? 0
  const last = facts.last ?? 0
  const milestones = milestonesBetween(dataset.milestones, first, last)
  // The same linear scale recharts draws with, so numbers are placed where their lines are.
  const x = yearScale(first, last, TIMELINE_PLOT_LEFT, width - TIMELINE_MARGIN.right)
  const rows = placeLabels(
    milestones.map((m, i) => ({ x: x(m.year), width: labelWidth(String(i + 1), 10) })),
    4,
  )
  const shown = active === null ? undefined : milestones[active]
  return (
    <>
      <ChartFigure
        id="timeline"
        title="Techniques by year first reported, cumulative by therapy area"
        caption={`${facts.count} techniques in view, first reported between ${facts.first} and ${facts.last}. ${facts.since2000} were first reported in 2000 or later; ${facts.since2000RadiationOrMit} of those are radiation or minimally invasive therapies.`}
        source={`Source: each technique’s year of first report in this dataset (see the technique pages for the references; ${facts.unverifiedYears} of ${facts.count} years are not yet verified at a primary source). Steps change only in years with a first report.`}
        table={areaPointsTable(points, dataset, 'Year', charts.mode)}
        asTable={charts.asTable}
        onToggleTable={toggleTable}
        fileStem={`timeline-${charts.mode}`}
        controls={<ModeSwitch charts={charts} setCharts={setCharts} noun="techniques" />}
        method={
          <>
            <p>
              <strong>Counted:</strong> each technique in view once, in the year it was first
              reported, added to its therapy area’s running total (or, as shares, to the total of
              all areas that year).
            </p>
            <p>
              <strong>Left out:</strong> how widely a technique is used: a first report says when a
              technique became possible, not how often it is chosen. For that, see “Is practice
              shifting?” and Practice patterns. Milestones are events, not counts; the numbered
              marks link to the list below.
            </p>
          </>
        }
      >
        <div ref={ref}>
          <TimelineChart
            points={points}
            dataset={dataset}
            mode={charts.mode}
            title="Technique timeline"
            milestones={milestones}
            rows={rows}
            onActive={setActive}
          />
        </div>
        <p className="milestone-active" aria-live="polite">
          {shown
            ? `Milestone ${(active ?? 0) + 1} (${shown.year}): ${shown.label}`
            : 'Point at, tab to or tap a numbered mark to see its milestone.'}
        </p>
      </ChartFigure>
      <MilestoneList milestones={milestones} dataset={dataset} idPrefix="timeline" marksLinked />
    </>
  )
}
