import {
  labelWidth,
  niceCeil,
  placeLabels,
  rowCount,
  yearScale,
} from '../../domain/charts/label-placement'
import type { PlottedPoint, PlottedSeries } from '../../domain/charts/series'
import type { Milestone } from '../../domain/dataset/schema'
import { useWidth } from './use-width'

type Props = {
  plotted: PlottedSeries[]
  /** Numbered 1… in this order, as in the list under the chart. */
  milestones: Milestone[]
  /** The same year axis for every panel, so panels can be compared. */
  from: number
  to: number
}

const GAP = 16
const MIN_PANEL = 260
const LEFT = 38
const RIGHT = 46
const PLOT_H = 90
const MS_ROW = 11

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 })
const valueLabel = (p: PlottedPoint, unit: string) =>
  `${p.qualifier ?? ''}${Math.abs(p.value) >= 10000 ? compact.format(p.value) : p.value}${unit === '%' ? '%' : ''}`

/**
 * Up to three lines of roughly `chars` characters, so a phone shows the whole title (a touch
 * screen has no hover for the SVG title); anything longer is cut with an ellipsis.
 */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = ['']
  for (const word of text.split(' ')) {
    const line = lines.at(-1) ?? ''
    if (line && line.length + word.length + 1 > chars) lines.push(word)
    else lines[lines.length - 1] = line ? `${line} ${word}` : word
  }
  if (lines.length <= 3) return lines
  const rest = lines.slice(2).join(' ')
  return [...lines.slice(0, 2), rest.length > chars ? `${rest.slice(0, chars - 1)}…` : rest]
}

/** "Own scale: 0 to 10 %" — the vertical range of one panel, in its unit. */
export function scaleText(lo: number, hi: number, unit: string): string {
  return `Own scale: ${compact.format(lo)} to ${compact.format(hi)}${unit === '%' ? ' %' : ''}`
}

/** One small panel per series; direct labels at the first and last point instead of a legend. */
export function PracticeMultiples({ plotted, milestones, from, to }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_PANEL + GAP)))
  const panelW = Math.floor((width - GAP * (columns - 1)) / columns)
  const x = yearScale(from, to, LEFT, panelW - RIGHT)
  // Every panel shares the axis, so one placement of the numbered labels serves all of them.
  const rows = placeLabels(
    milestones.map((m, i) => ({ x: x(m.year), width: labelWidth(String(i + 1), 10) })),
    3,
  )
  const labelRows = rowCount(rows)
  return (
    <div ref={ref} className="multiples" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
      {plotted.map((p) => (
        <Panel
          key={p.series.id}
          plotted={p}
          width={panelW}
          x={x}
          from={from}
          to={to}
          milestones={milestones}
          rows={rows}
          labelRows={labelRows}
        />
      ))}
    </div>
  )
}

type PanelProps = {
  plotted: PlottedSeries
  width: number
  x: (year: number) => number
  from: number
  to: number
  milestones: Milestone[]
  rows: number[]
  labelRows: number
}

function Panel({ plotted, width, x, from, to, milestones, rows, labelRows }: PanelProps) {
  const { series, points, connect } = plotted
  const title = wrap(series.title, Math.floor(width / 7.8))
  // Title lines, the unit line and the scale line, then the milestone numbers' rows.
  const top = title.length * 15 + 33 + labelRows * MS_ROW + 6
  const height = top + PLOT_H + 20
  const values = points.map((p) => p.value)
  const lo = Math.min(0, ...values)
  const hi = niceCeil(Math.max(...values) * 1.1) || 1
  const y = (v: number) => top + PLOT_H - ((v - lo) / (hi - lo)) * PLOT_H
  const first = points[0]
  const last = points.at(-1)
  const summary =
    first && last
      ? `${series.title}: ${valueLabel(first, series.unit)} (${first.label}) to ${valueLabel(last, series.unit)} (${last.label}), ${series.unit}`
      : series.title
  const mid = Math.round((from + to) / 20) * 10
  return (
    <svg className="chart-svg multiple" width={width} height={height}>
      <title>{summary}</title>
      {title.map((line, i) => (
        <text key={line} x={0} y={13 + i * 15} className="multiple-title">
          {line}
        </text>
      ))}
      <text x={0} y={title.length * 15 + 12} className="multiple-sub">
        {series.unit} · {series.geography}
      </text>
      {/* Each panel's maximum is its own: said in words, so 3 → 7.5 % on a 0–10 scale is not
          read like a 60-point change on a 0–100 one. */}
      <text x={0} y={title.length * 15 + 27} className="multiple-scale">
        {scaleText(lo, hi, series.unit)}
      </text>
      <line
        x1={LEFT}
        x2={width - RIGHT}
        y1={top + PLOT_H}
        y2={top + PLOT_H}
        className="multiple-axis"
      />
      {[lo, hi].map((v) => (
        <text key={v} x={LEFT - 4} y={y(v) + 4} textAnchor="end" className="multiple-tick">
          {compact.format(v)}
        </text>
      ))}
      {[...new Set([from, mid, to])].map((year) => (
        <text
          key={year}
          x={x(year)}
          y={top + PLOT_H + 14}
          textAnchor="middle"
          className="multiple-tick"
        >
          {year}
        </text>
      ))}
      {milestones.map((m, i) =>
        m.areaId === null || m.areaId === series.areaId ? (
          <g key={m.id} className="multiple-milestone">
            <line x1={x(m.year)} x2={x(m.year)} y1={top} y2={top + PLOT_H} />
            <text x={x(m.year)} y={top - 3 - (rows[i] ?? 0) * MS_ROW} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        ) : null,
      )}
      {connect ? (
        <polyline
          points={points.map((p) => `${x(p.x)},${y(p.value)}`).join(' ')}
          className="multiple-line"
        />
      ) : null}
      {points.map((p, i) => {
        // A point reported for a period is drawn at its middle, with the period as a bar.
        const raw = series.points[i]
        return (
          <g key={p.label}>
            {raw?.endYear !== undefined ? (
              <line
                x1={x(raw.year)}
                x2={x(raw.endYear)}
                y1={y(p.value)}
                y2={y(p.value)}
                className="multiple-period"
              />
            ) : null}
            <circle cx={x(p.x)} cy={y(p.value)} r={3.5} className="multiple-point" />
          </g>
        )
      })}
      {first && last && first !== last ? (
        // Left of the first point, so it never runs into the label of the last one; flipped
        // right only where the panel's edge leaves no room.
        <text
          x={x(first.x) + 3}
          y={y(first.value) - 8}
          textAnchor={
            x(first.x) - labelWidth(valueLabel(first, series.unit), 11) < 0 ? 'start' : 'end'
          }
          className="multiple-value"
        >
          {valueLabel(first, series.unit)}
        </text>
      ) : null}
      {last ? (
        <text x={x(last.x) + 6} y={y(last.value) + 4} className="multiple-value">
          {valueLabel(last, series.unit)}
        </text>
      ) : null}
    </svg>
  )
}
