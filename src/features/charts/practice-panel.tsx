import { useState } from 'react'
import { Sheet } from '../../components/sheet'
import { availableSeries, tickedSeriesIds } from '../../domain/charts/chart-facts'
import { seriesTable } from '../../domain/charts/chart-tables'
import { milestonesBetween, plotSeries } from '../../domain/charts/series'
import { studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, Series } from '../../domain/dataset/schema'
import { ChartFigure } from './chart-figure'
import { MilestoneList } from './milestone-list'
import type { ChartPanelProps } from './panel-props'
import { PracticeMultiples } from './practice-multiples'
import { PracticeCaption, SeriesSources } from './practice-notes'
import { SeriesPicker } from './series-picker'
import { UNTIL_DESKTOP, useMedia } from './use-phone'

/** The source studies of the plotted series, each once: "Smith 2019; Lee 2021". */
function sourceStudies(series: ReadonlyArray<Series>, dataset: Dataset): string {
  const studies = new Map(dataset.studies.map((s) => [s.id, s]))
  const cited = series.map((s) => {
    const study = studies.get(s.studyId)
    return study ? studyShort(study) : s.studyId
  })
  return [...new Set(cited)].join('; ')
}

export function PracticePanel({
  dataset,
  charts,
  techniques,
  setCharts,
  toggleTable,
}: ChartPanelProps) {
  const available = availableSeries(dataset, techniques)
  const ticked = tickedSeriesIds(available, charts.series)
  const narrow = useMedia(UNTIL_DESKTOP)
  const [pickerOpen, setPickerOpen] = useState(ticked.length === 0)
  const picker = (
    <SeriesPicker
      available={available}
      ticked={ticked}
      onChange={(series) => setCharts({ series })}
    />
  )
  const selected = available.filter((s) => ticked.includes(s.id))
  const plotted = selected.map(plotSeries)
  const years = selected.flatMap((s) => s.points.flatMap((p) => [p.year, p.endYear ?? p.year]))
  const from = Math.min(...years) - 1
  const to = Math.max(...years) + 1
  const milestones = milestonesBetween(
    dataset.milestones.filter(
      (m) => m.areaId === null || selected.some((s) => s.areaId === m.areaId),
    ),
    from,
    to,
  )
  return (
    <div className="practice">
      {/* Up to tablet width the 20-odd checkboxes wait behind a button, so the chart comes first. */}
      <Sheet
        id="practice-series"
        label={`Choose series (${ticked.length} of ${available.length})`}
        title="Choose series"
        until="desktop"
      >
        {narrow ? (
          picker
        ) : (
          // On a desktop the list would push the chart about 1,900 px down: it waits, folded,
          // above the chart (open while nothing is ticked, when it is all there is to use).
          <details
            className="series-details"
            open={pickerOpen}
            onToggle={(e) => setPickerOpen(e.currentTarget.open)}
          >
            <summary className="button">
              Choose series ({ticked.length} of {available.length} shown)
            </summary>
            {picker}
          </details>
        )}
      </Sheet>
      {selected.length === 0 ? (
        <p className="empty-state">Tick at least one series to plot it.</p>
      ) : (
        <>
          <ChartFigure
            id="practice"
            title="Practice patterns: one panel per series, on one year axis"
            caption={<PracticeCaption series={selected} />}
            source={<SeriesSources series={selected} dataset={dataset} />}
            imageSource={`Sources: ${sourceStudies(selected, dataset)}. Full notes in the explorer's Practice patterns view.`}
            table={seriesTable(plotted, dataset)}
            asTable={charts.asTable}
            onToggleTable={toggleTable}
            fileStem="practice"
            method={
              <>
                <p>
                  <strong>Drawn:</strong> every reported point of each ticked series, in its own
                  unit on its own vertical scale (starting at zero unless values are negative, and
                  ending at a round number just above its largest value, stated in each panel), so a
                  percentage and a procedure count are never read against one axis. Compare panels
                  by their numbers, not by the height of their points. A point reported for a period
                  sits at the period’s middle with a bar over the period.
                </p>
                <p>
                  <strong>Left out:</strong> lines between points, except where the source reports
                  every year: a straight line between two survey years would invent the years in
                  between. Milestones are drawn only in panels of their own therapy area (or all,
                  for cross-area events); the numbers match the list below.
                </p>
              </>
            }
          >
            <PracticeMultiples plotted={plotted} milestones={milestones} from={from} to={to} />
          </ChartFigure>
          <MilestoneList milestones={milestones} dataset={dataset} idPrefix="practice" />
        </>
      )}
    </div>
  )
}
