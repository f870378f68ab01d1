import type { KeyboardEvent } from 'react'
import type { GapMap } from '../../domain/charts/series'

type Props = {
  map: GapMap
  selected: { techniqueId: string; measureId: string } | null
  onSelect: (cell: { techniqueId: string; measureId: string }) => void
}

const ROW = 26
const COL = 34
const LEFT = 300
const TOP = 150

/**
 * Techniques × outcome measures as an SVG grid: circle area ∝ number of studies, a dashed
 * empty square marks a gap. Cells are focusable buttons that list their studies.
 */
export function GapMapChart({ map, selected, onSelect }: Props) {
  const width = LEFT + map.measures.length * COL + 130
  const height = TOP + map.techniques.length * ROW + 8
  const radius = (n: number) => (n === 0 ? 0 : 4 + 8 * Math.sqrt(n / Math.max(1, map.maxStudies)))
  const activate = (cell: { techniqueId: string; measureId: string }) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(cell)
    }
  }
  return (
    <div className="gap-scroll">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG grid cannot be a fieldset; role=group names it */}
      <svg
        className="chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label="Evidence gap map: techniques by outcome measures"
      >
        {map.measures.map((measure, c) => (
          <text
            key={measure.id}
            x={LEFT + c * COL + COL / 2}
            y={TOP - 8}
            transform={`rotate(-55 ${LEFT + c * COL + COL / 2} ${TOP - 8})`}
            fontSize={11}
            fill="var(--text)"
          >
            {measure.name}
          </text>
        ))}
        {map.techniques.map((technique, r) => (
          <g key={technique.id}>
            <text
              x={LEFT - 8}
              y={TOP + r * ROW + ROW / 2 + 4}
              fontSize={12}
              textAnchor="end"
              fill="var(--text)"
            >
              {technique.name.length > 40 ? `${technique.name.slice(0, 38)}…` : technique.name}
            </text>
            <line
              x1={LEFT}
              x2={LEFT + map.measures.length * COL}
              y1={TOP + r * ROW + ROW}
              y2={TOP + r * ROW + ROW}
              stroke="var(--hairline)"
            />
            {(map.cells[r] ?? []).map((cell, c) => {
              const n = cell.studyIds.length
              const cx = LEFT + c * COL + COL / 2
              const cy = TOP + r * ROW + ROW / 2
              const isSelected =
                selected?.techniqueId === cell.techniqueId && selected.measureId === cell.measureId
              const measure = map.measures[c]
              const label = `${technique.name} × ${measure?.name ?? cell.measureId}: ${n === 0 ? 'no study (gap)' : `${n} ${n === 1 ? 'study' : 'studies'}`}`
              return (
                // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the cell behaves as one
                <g
                  key={cell.measureId}
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  aria-pressed={isSelected}
                  className="gap-cell"
                  onClick={() => onSelect(cell)}
                  onKeyDown={activate(cell)}
                >
                  <title>{label}</title>
                  <rect
                    x={cx - COL / 2 + 2}
                    y={cy - ROW / 2 + 2}
                    width={COL - 4}
                    height={ROW - 4}
                    fill="transparent"
                    stroke={isSelected ? 'var(--focus)' : 'none'}
                    strokeWidth={2}
                  />
                  {n === 0 ? (
                    <rect
                      x={cx - 4}
                      y={cy - 4}
                      width={8}
                      height={8}
                      fill="none"
                      stroke="var(--muted)"
                      strokeDasharray="2 2"
                    />
                  ) : (
                    <>
                      <circle cx={cx} cy={cy} r={radius(n)} fill="#0072B2" fillOpacity={0.75} />
                      <text x={cx} y={cy + 4} fontSize={10} textAnchor="middle" fill="#ffffff">
                        {n}
                      </text>
                    </>
                  )}
                </g>
              )
            })}
          </g>
        ))}
      </svg>
    </div>
  )
}
