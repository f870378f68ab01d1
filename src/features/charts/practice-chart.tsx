import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { PlottedSeries } from '../../domain/charts/series'
import type { Milestone } from '../../domain/dataset/schema'
import { legendText, milestoneLines, TOOLTIP_STYLE, yAxisTitle } from './chart-parts'
import { SERIES_COLOURS, SERIES_SHAPES } from './palette'

type Props = {
  plotted: PlottedSeries[]
  unit: string
  title: string
  milestones: Milestone[]
  colourOffset: number
}

/**
 * Reported points only: markers for every series, a line only where the source reports a
 * year-by-year series. Nothing is drawn between years nobody measured.
 */
export function PracticeChart({ plotted, unit, title, milestones, colourOffset }: Props) {
  const xs = plotted.flatMap((p) => p.points.map((point) => point.x))
  const min = Math.floor(Math.min(...xs)) - 1
  const max = Math.ceil(Math.max(...xs)) + 1
  return (
    <ResponsiveContainer width="100%" height={360}>
      <ComposedChart
        margin={{ top: 40, right: 24, bottom: 8, left: 8 }}
        title={title}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--hairline)" />
        <XAxis
          dataKey="x"
          type="number"
          domain={[min, max]}
          allowDecimals={false}
          tick={{ fill: 'var(--muted)' }}
        />
        <YAxis
          dataKey="value"
          type="number"
          tick={{ fill: 'var(--muted)' }}
          label={yAxisTitle(unit)}
        />
        <Tooltip
          contentStyle={TOOLTIP_STYLE}
          formatter={(value) => [`${value} ${unit}`, 'Value']}
          labelFormatter={() => ''}
        />
        <Legend itemSorter={null} formatter={legendText} />
        {plotted.map((p, i) => {
          const colour = SERIES_COLOURS[(i + colourOffset) % SERIES_COLOURS.length]
          const shape = SERIES_SHAPES[(i + colourOffset) % SERIES_SHAPES.length]
          return p.connect ? (
            <Line
              key={p.series.id}
              data={p.points}
              dataKey="value"
              name={p.series.title}
              stroke={colour}
              dot={{ r: 4, fill: colour }}
              isAnimationActive={false}
            />
          ) : (
            <Scatter
              key={p.series.id}
              data={p.points}
              dataKey="value"
              name={p.series.title}
              fill={colour}
              shape={shape}
              isAnimationActive={false}
            />
          )
        })}
        {milestoneLines(milestones)}
      </ComposedChart>
    </ResponsiveContainer>
  )
}
