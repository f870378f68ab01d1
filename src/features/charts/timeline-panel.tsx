import { useMemo } from 'react'
import { timelineFacts } from '../../domain/charts/chart-facts'
import { areaPointsTable } from '../../domain/charts/chart-tables'
import { milestonesBetween, techniqueTimeline } from '../../domain/charts/series'
import { TimelineChart } from './area-charts'
import { ChartFigure } from './chart-figure'
import { MilestoneList } from './milestone-list'
import { ModeSwitch } from './mode-switch'
import type { ChartPanelProps } from './panel-props'

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
  const facts = timelineFacts(techniques)
  const milestones = milestonesBetween(dataset.milestones, facts.first ?? 0, facts.last ?? 0)
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
      >
        <TimelineChart
          points={points}
          dataset={dataset}
          mode={charts.mode}
          title="Technique timeline"
          milestones={milestones}
        />
      </ChartFigure>
      <MilestoneList milestones={milestones} dataset={dataset} />
    </>
  )
}
