import { ReferenceLine } from 'recharts'
import type { Milestone } from '../../domain/dataset/schema'

type Props = { index: number; viewBox?: { x?: number; y?: number } }

/** Milestone numbers staggered over three rows so neighbouring years stay readable. */
export function MilestoneLabel({ index, viewBox }: Props) {
  const x = viewBox?.x ?? 0
  const y = (viewBox?.y ?? 0) - 4 - (index % 3) * 11
  return (
    <text x={x} y={y} fontSize={10} textAnchor="middle" fill="var(--text)">
      {index + 1}
    </text>
  )
}

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
export function milestoneLines(milestones: ReadonlyArray<Milestone>) {
  return milestones.map((m, i) => (
    <ReferenceLine
      key={m.id}
      x={m.year}
      stroke="var(--muted)"
      strokeDasharray="4 3"
      label={<MilestoneLabel index={i} />}
    />
  ))
}
