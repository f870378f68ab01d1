import { ReferenceLine } from 'recharts'
import type { Milestone } from '../../domain/dataset/schema'

const ROW = 12

type LabelProps = {
  index: number
  row: number
  milestone: Milestone
  prefix: string
  onActive: (index: number | null) => void
  viewBox?: { x?: number; y?: number }
}

/**
 * A milestone's number above the plot, on the row the placement gave it (rows never overlap).
 * It links to the milestone in the list below; hovering or focusing it names the event.
 */
export function MilestoneLabel({ index, row, milestone, prefix, onActive, viewBox }: LabelProps) {
  const x = viewBox?.x ?? 0
  const y = (viewBox?.y ?? 0) - 4 - row * ROW
  const leave = () => onActive(null)
  return (
    <a
      href={`#${prefix}-ms-${milestone.id}`}
      id={`${prefix}-mark-${milestone.id}`}
      className="milestone-mark"
      aria-label={`Milestone ${index + 1}: ${milestone.year}, ${milestone.label}`}
      onMouseEnter={() => onActive(index)}
      onMouseLeave={leave}
      onFocus={() => onActive(index)}
      onBlur={leave}
    >
      <rect x={x - 8} y={y - 10} width={16} height={ROW} fill="transparent" />
      <text x={x} y={y} fontSize={10} textAnchor="middle" fill="var(--text)">
        {index + 1}
      </text>
    </a>
  )
}

/** Height above the plot that `rows` rows of milestone numbers need. */
export const milestoneRowsHeight = (rows: number) => 16 + rows * ROW

/** Legend text in the page's text colour: series colours alone are too faint as text in dark mode. */
export function legendText(value: string) {
  return <span className="legend-text">{value}</span>
}

/** Tooltip box in the page's colours (light and dark). */
export const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)' }

/** A rotated y-axis title. */
export function yAxisTitle(value: string) {
  return {
    value,
    angle: -90,
    position: 'insideLeft' as const,
    fill: 'var(--muted)',
    style: { textAnchor: 'middle' as const },
  }
}

/**
 * Milestones as numbered dashed lines. A function returning elements, not a component: recharts
 * reads its reference lines from the chart's direct children.
 */
export function milestoneLines(
  milestones: ReadonlyArray<Milestone>,
  rows: ReadonlyArray<number>,
  prefix: string,
  onActive: (index: number | null) => void,
) {
  return milestones.map((m, i) => (
    <ReferenceLine
      key={m.id}
      x={m.year}
      stroke="var(--muted)"
      strokeDasharray="2 3"
      label={
        <MilestoneLabel
          index={i}
          row={rows[i] ?? 0}
          milestone={m}
          prefix={prefix}
          onActive={onActive}
        />
      }
    />
  ))
}
