import { Sheet } from '../../components/sheet'
import { availableSeries, tickedSeriesIds } from '../../domain/charts/chart-facts'
import { seriesTable } from '../../domain/charts/chart-tables'
import { milestonesBetween, plotSeries, unitGroups } from '../../domain/charts/series'
import { ChartFigure } from './chart-figure'
import { MilestoneList } from './milestone-list'
import type { ChartPanelProps } from './panel-props'
import { PracticeChart } from './practice-chart'
import { PracticeCaption, SeriesSources } from './practice-notes'
import { SeriesPicker } from './series-picker'

export function PracticePanel({
  dataset,
  charts,
  techniques,
  setCharts,
  toggleTable,
}: ChartPanelProps) {
  const available = availableSeries(dataset, techniques)
  const ticked = tickedSeriesIds(available, charts.series)
  const selected = available.filter((s) => ticked.includes(s.id))
  const groups = [...unitGroups(selected).entries()]
  let offset = 0
  return (
    <div className="practice">
      {/* Up to tablet width the 20-odd checkboxes wait behind a button, so the chart comes first. */}
      <Sheet
        id="practice-series"
        label={`Choose series (${ticked.length} of ${available.length})`}
        title="Choose series"
        until="desktop"
      >
        <SeriesPicker
          available={available}
          ticked={ticked}
          onChange={(series) => setCharts({ series })}
        />
      </Sheet>
      {groups.length === 0 ? (
        <p className="empty-state">Tick at least one series to plot it.</p>
      ) : (
        groups.map(([unit, list]) => {
          const plotted = list.map(plotSeries)
          const xs = plotted.flatMap((p) => p.points.map((pt) => pt.x))
          const milestones = milestonesBetween(
            dataset.milestones.filter(
              (m) => m.areaId === null || list.some((s) => s.areaId === m.areaId),
            ),
            Math.floor(Math.min(...xs)),
            Math.ceil(Math.max(...xs)),
          )
          const colourOffset = offset
          offset += list.length
          return (
            <div key={unit}>
              <ChartFigure
                id={`practice-${slugUnit(unit)}`}
                title={`Practice patterns reported in ${unit}`}
                caption={<PracticeCaption series={list} />}
                source={<SeriesSources series={list} dataset={dataset} />}
                table={seriesTable(plotted, dataset)}
                asTable={charts.asTable}
                onToggleTable={toggleTable}
                fileStem={`practice-${slugUnit(unit)}`}
              >
                <PracticeChart
                  plotted={plotted}
                  unit={unit}
                  title={`Practice patterns (${unit})`}
                  milestones={milestones}
                  colourOffset={colourOffset}
                />
              </ChartFigure>
              <MilestoneList milestones={milestones} dataset={dataset} />
            </div>
          )
        })
      )}
    </div>
  )
}

function slugUnit(unit: string): string {
  return unit
    .replace(/%/g, 'percent')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
}
