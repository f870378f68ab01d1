import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { periodLabel } from '../../domain/charts/chart-tables'
import { rowCount, yearTicks } from '../../domain/charts/label-placement'
import type { AreaPoint, ChartMode } from '../../domain/charts/series'
import { formatReviewDate } from '../../domain/dataset/freshness'
import type { AreaId, Dataset, Milestone } from '../../domain/dataset/schema'
import { AREA_ORDER } from '../../domain/query/labels'
import {
  legendText,
  milestoneLines,
  milestoneRowsHeight,
  TOOLTIP_STYLE,
  yAxisTitle,
} from './chart-parts'
import { AREA_COLOURS } from './palette'

type Props = { points: AreaPoint[]; dataset: Dataset; mode: ChartMode; title: string }

const areaName = (dataset: Dataset, id: AreaId) =>
  dataset.areas.find((a) => a.id === id)?.name ?? id
const yLabel = (mode: ChartMode, noun: string) =>
  mode === 'share' ? `Share of ${noun} (%)` : `Number of ${noun}`

/** The plot's left edge is the margin plus recharts' default y-axis width (60 px). */
export const TIMELINE_MARGIN = { right: 24, bottom: 8, left: 8 }
export const TIMELINE_PLOT_LEFT = TIMELINE_MARGIN.left + 60

/** Cumulative techniques by area: steps, because counts change only in years with a first report. */
export function TimelineChart({
  points,
  dataset,
  mode,
  title,
  milestones,
  rows,
  onActive,
}: Props & {
  milestones: Milestone[]
  /** Label row of each milestone, from the placement that keeps numbers apart. */
  rows: number[]
  onActive: (index: number | null) => void
}) {
  return (
    // The plot keeps its height however many rows the milestone numbers need above it.
    <ResponsiveContainer width="100%" height={330 + milestoneRowsHeight(rowCount(rows))}>
      <AreaChart
        data={points}
        margin={{ ...TIMELINE_MARGIN, top: milestoneRowsHeight(rowCount(rows)) }}
        title={title}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--hairline)" />
        <XAxis
          dataKey="year"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          ticks={yearTicks(points[0]?.year ?? 0, points.at(-1)?.year ?? 0)}
          tick={{ fill: 'var(--muted)' }}
        />
        <YAxis
          tick={{ fill: 'var(--muted)' }}
          domain={mode === 'share' ? [0, 100] : [0, 'auto']}
          label={yAxisTitle(yLabel(mode, 'techniques'))}
        />
        <Tooltip contentStyle={TOOLTIP_STYLE} />
        <Legend itemSorter={null} formatter={legendText} />
        {AREA_ORDER.map((area) => (
          <Area
            key={area}
            type="stepAfter"
            dataKey={area}
            name={areaName(dataset, area)}
            stackId="1"
            stroke={AREA_COLOURS[area]}
            fill={AREA_COLOURS[area]}
            fillOpacity={0.55}
            isAnimationActive={false}
          />
        ))}
        {milestoneLines(milestones, rows, 'timeline', onActive)}
      </AreaChart>
    </ResponsiveContainer>
  )
}

/** Studies per period by area, absolute or 100 % stacked. */
export function EvidenceChart({ points, dataset, mode, title }: Props) {
  const incomplete = points.some((p) => p.incompleteUntil)
  return (
    <ResponsiveContainer width="100%" height={incomplete ? 396 : 380}>
      <BarChart
        data={points}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        title={title}
        accessibilityLayer
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--hairline)" />
        <XAxis
          dataKey="label"
          height={incomplete ? 46 : 30}
          tick={<PeriodTick points={points} />}
        />
        <YAxis
          tick={{ fill: 'var(--muted)' }}
          allowDecimals={false}
          domain={mode === 'share' ? [0, 100] : [0, 'auto']}
          label={yAxisTitle(yLabel(mode, 'studies'))}
        />
        <Tooltip
          contentStyle={TOOLTIP_STYLE}
          labelFormatter={(label) => {
            const point = points.find((p) => p.label === label)
            return point ? periodLabel(point) : String(label)
          }}
        />
        <Legend itemSorter={null} formatter={legendText} />
        {AREA_ORDER.map((area) => (
          <Bar
            key={area}
            dataKey={area}
            name={areaName(dataset, area)}
            stackId="1"
            fill={AREA_COLOURS[area]}
            isAnimationActive={false}
          >
            {/* A period that is not over is drawn lighter with a dashed outline. */}
            {points.map((p) =>
              p.incompleteUntil ? (
                <Cell
                  key={p.label}
                  className="bar-incomplete"
                  fillOpacity={0.35}
                  stroke={AREA_COLOURS[area]}
                  strokeDasharray="3 2"
                />
              ) : (
                <Cell key={p.label} />
              ),
            )}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

type TickProps = { x?: number; y?: number; payload?: { value: string }; points: AreaPoint[] }

/** A period's label; an incomplete period gets a second line saying until when it counts. */
function PeriodTick({ x = 0, y = 0, payload, points }: TickProps) {
  const point = points.find((p) => p.label === payload?.value)
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy={14} textAnchor="middle" fill="var(--muted)" fontSize={12}>
        {payload?.value}
      </text>
      {point?.incompleteUntil ? (
        // The last tick sits at the plot's right edge: the note ends there rather than centring.
        <text x={24} dy={29} textAnchor="end" fill="var(--muted)" fontSize={11}>
          incomplete: to {formatReviewDate(point.incompleteUntil)}
        </text>
      ) : null}
    </g>
  )
}
