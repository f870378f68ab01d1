import { useMemo } from 'react'
import { availableSeries } from '../../domain/charts/chart-facts'
import { shiftTable } from '../../domain/charts/chart-tables'
import { FLAT_PP, FLAT_RELATIVE, shiftVerdicts } from '../../domain/charts/shift'
import { RELATIVE_CAP } from '../../domain/charts/shift-axes'
import type { AreaId } from '../../domain/dataset/schema'
import { ChartFigure } from './chart-figure'
import type { ChartPanelProps } from './panel-props'
import { ShiftChart } from './shift-chart'
import { ShiftVerdicts } from './shift-verdicts'
import { usePhone } from './use-phone'

export function ShiftPanel({ view, dataset, charts, techniques, toggleTable }: ChartPanelProps) {
  const phone = usePhone()
  const areaName = useMemo(() => {
    const names = new Map(dataset.areas.map((a) => [a.id, a.name]))
    return (id: AreaId) => names.get(id) ?? id
  }, [dataset])
  // The techniques in view decide which series count: the verdict follows the explorer's filters.
  const verdicts = useMemo(
    () => shiftVerdicts(availableSeries(dataset, techniques), areaName),
    [dataset, techniques, areaName],
  )
  const rows = verdicts.reduce((n, v) => n + v.groups.reduce((m, g) => m + g.shifts.length, 0), 0)
  const unverified = verdicts
    .flatMap((v) => v.groups.flatMap((g) => g.shifts))
    .filter((s) => s.series.verification === 'unverified').length
  return (
    <>
      <ShiftVerdicts verdicts={verdicts} chartShown={!charts.asTable} compact={phone} />
      <ChartFigure
        id="shift"
        title="Change from first to last reported value, by therapy area and measure"
        caption={`${rows} practice series from the studies of the techniques in view. An arrow runs from the first value (no change) to the last; its direction and the words beside it say whether the series rose, fell or stayed flat and whether that counts toward the shift. Each measure has its own axis per unit; an axis of relative change stops at ±${RELATIVE_CAP} %, and a larger change is drawn cut at the axis end with its full value written beside it.`}
        source={`Source: the practice-pattern series of this dataset; each row links to its source study (${unverified} of ${rows} series not yet verified at a primary source). Shares change in percentage points (pp); counts, rates and costs in per cent of their first value (%), each on an axis of its own.`}
        table={shiftTable(verdicts, dataset)}
        asTable={charts.asTable}
        onToggleTable={toggleTable}
        fileStem="shift"
        method={
          <>
            <p>
              <strong>Counted:</strong> every practice series whose source study informs a technique
              in view (the explorer’s filters apply), reduced to its first and last reported point.
              Shares (unit %) are compared in percentage points; counts, rates and costs as a change
              relative to the first value. A series that reports only the change over a period (unit
              “% change”) is read as that change.
            </p>
            <p>
              <strong>Direction:</strong> a change under {FLAT_PP} pp or {FLAT_RELATIVE} % is flat.
              Each measure has one direction that counts toward the shift: a rising SBRT,
              conformal-technique, single-fraction or ≤ 10-fraction share, a falling share of
              courses over 10 fractions, a rising augmentation share or rate, a falling surgery rate
              or volume. The opposite move is named as running against it.
            </p>
            <p>
              <strong>Left out of the count, still shown:</strong> series with one point (nothing to
              compare), costs (they follow prices as well as practice), measures without a defined
              direction, and series that cover all indications (their title, measure or unit says
              “all indications”): for vertebral augmentation these are mostly osteoporotic
              fractures, so they say nothing about practice in spinal metastases. The share of one
              kind of operation among all operations (for example fusion) is context too: a rising
              share is a change in the mix of operations, not a rise in open-surgery volume. Points
              between the first and last are not used: the verdict is about where a series ended,
              not its path (see Practice patterns for every point).
            </p>
            <p>
              <strong>Axes:</strong> each measure has one axis per unit, so percentage points and
              relative changes never share a scale. An axis of relative change ends at the nearest
              round number above its largest change, but never beyond ±{RELATIVE_CAP} % (a
              doubling): a larger change is drawn to the axis end with two strokes across the arrow,
              and its full value is written beside it and given in the table and CSV.
            </p>
          </>
        }
      >
        <ShiftChart verdicts={verdicts} areaName={areaName} view={view} />
      </ChartFigure>
    </>
  )
}
