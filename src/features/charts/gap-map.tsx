import type { KeyboardEvent } from 'react'
import type { GapMap } from '../../domain/charts/series'
import { usePhone } from './use-phone'

type Props = {
  map: GapMap
  selected: { techniqueId: string; measureId: string } | null
  onSelect: (cell: { techniqueId: string; measureId: string }) => void
}

const COL = 34
/** Room for the rotated measure names: the longest name at about 6.2 px a character, at 55°. */
const topFor = (names: ReadonlyArray<string>) =>
  Math.ceil(Math.max(0, ...names.map((n) => n.length)) * 6.2 * Math.sin((55 * Math.PI) / 180)) + 20

/** A technique's name on up to two lines of `chars` characters, the rest cut with an ellipsis. */
function nameLines(name: string, chars: number): string[] {
  if (name.length <= chars) return [name]
  const cut = name.lastIndexOf(' ', chars)
  const first = cut > 0 ? name.slice(0, cut) : name.slice(0, chars)
  const rest = name.slice(first.length).trim()
  return [first, rest.length > chars ? `${rest.slice(0, chars - 1)}…` : rest]
}

/**
 * Techniques × outcome measures as an SVG grid: circle area ∝ number of studies, a dashed
 * empty square marks a gap. Cells are focusable buttons that list their studies.
 */
export function GapMapChart({ map, selected, onSelect }: Props) {
  // A phone gives the names a narrower column on two lines, so the first cells show beside them.
  const phone = usePhone()
  const LEFT = phone ? 160 : 300
  const ROW = phone ? 34 : 30
  const TOP = topFor(map.measures.map((m) => m.name))
  // Names wrap onto a second line rather than losing their end (…without stabilisation).
  const chars = phone ? 24 : 44
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
              y={TOP + r * ROW + ROW / 2 + (nameLines(technique.name, chars).length > 1 ? -2 : 4)}
              fontSize={phone ? 11 : 12}
              textAnchor="end"
              fill="var(--text)"
            >
              {nameLines(technique.name, chars).map((line, i) => (
                <tspan key={line} x={LEFT - 8} dy={i === 0 ? 0 : 13}>
                  {line}
                </tspan>
              ))}
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
