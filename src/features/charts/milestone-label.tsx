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
