import type { MouseEvent, ReactNode } from 'react'
import type { AreaVerdict, SeriesShift } from '../../domain/charts/shift'
import type { AreaId } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { useViewNavigation } from '../../lib/url-view'
import { changeText, directionWord, niceLimit, STANCE_WORDS, yearsText } from './shift-words'
import { useWidth } from './use-width'

type Props = {
  verdicts: AreaVerdict[]
  areaName: (id: AreaId) => string
  view: ViewState
}

const ROW = 24
const FONT = 12

/** Each series as an arrow from no change (its first value) to its change at the last value. */
export function ShiftChart({ verdicts, areaName, view }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const { hrefFor, navigate } = useViewNavigation()
  const all = verdicts.flatMap((v) => v.groups.flatMap((g) => g.shifts))
  const limit = (kind: SeriesShift['kind'], floor: number) =>
    niceLimit(
      Math.max(0, ...all.filter((s) => s.kind === kind).map((s) => Math.abs(s.change ?? 0))),
      floor,
    )
  const limits = { pp: limit('pp', 5), relative: limit('relative', 10) }
  const wide = width >= 640
  // Wide: label | arrow | words on one line. Narrow: the label gets a line of its own.
  const labelW = wide ? Math.min(380, Math.round(width * 0.3)) : 0
  const wordsW = wide ? 300 : 150
  const x0 = labelW + 12
  const x1 = width - wordsW - 8
  // A wrapped title line adds this much to a row; SVG text does not wrap by itself.
  const LINE = 14
  const scale = (kind: SeriesShift['kind'], value: number) => {
    const l = limits[kind]
    const v = Math.max(-l, Math.min(l, value))
    return x0 + ((v + l) / (2 * l)) * (x1 - x0)
  }
  const clip = (text: string, px: number) => {
    const max = Math.max(4, Math.floor(px / (FONT * 0.56)))
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`
  }
  /** A title on up to four lines, broken between words, so a touch screen shows it whole. */
  const wrap = (text: string, px: number) => {
    const max = Math.max(4, Math.floor(px / (FONT * 0.56)))
    const lines: string[] = []
    let line = ''
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word
      if (next.length <= max || !line) line = next
      else {
        lines.push(line)
        line = word
      }
    }
    if (line) lines.push(line)
    if (lines.length <= 4) return lines.map((l) => clip(l, px))
    return [...lines.slice(0, 3), clip(lines.slice(3).join(' '), px)]
  }
  const open = (event: MouseEvent, to: ViewState) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    navigate(to, 'push')
    window.scrollTo({ top: 0 })
  }

  let y = 0
  const parts: ReactNode[] = []
  for (const verdict of verdicts) {
    y += 8
    parts.push(
      <text
        key={`area-${verdict.areaId}`}
        id={`shift-area-${verdict.areaId}`}
        x={0}
        y={y + 16}
        className="shift-area"
      >
        {areaName(verdict.areaId)}
      </text>,
    )
    y += 26
    for (const { group, shifts } of verdict.groups) {
      const kind = shifts[0]?.kind ?? 'pp'
      const l = limits[kind]
      const top = y
      parts.push(
        <g key={`${verdict.areaId}-${group.id}`} id={`shift-${verdict.areaId}-${group.id}`}>
          <text x={0} y={y + 14} className="shift-group">
            {clip(group.label, wide ? labelW : width * 0.55)}
          </text>
          {[-l, 0, l].map((tick) => (
            <text
              key={tick}
              x={scale(kind, tick)}
              y={y + (wide ? 14 : 30)}
              textAnchor="middle"
              className="shift-tick"
            >
              {tick > 0 ? `+${tick}` : tick < 0 ? `−${-tick}` : '0'}
              {tick === l ? (kind === 'pp' ? ' pp' : ' %') : ''}
            </text>
          ))}
        </g>,
      )
      y += wide ? 22 : 38
      for (const shift of shifts) {
        const to: ViewState = { ...view, record: { kind: 'study', id: shift.series.studyId } }
        // Titles often name the country already; the words name it and the years again so that
        // a clipped title never hides them.
        const label = wide
          ? shift.series.title
          : `${shift.country} ${yearsText(shift)} · ${shift.series.title}`
        const lines = wrap(label, wide ? labelW : width)
        const extra = (lines.length - 1) * LINE
        // Wide: the arrow sits on the title's first line. Narrow: on a line below the title.
        const mid = y + (wide ? ROW / 2 : ROW + extra + ROW / 2)
        const change = `${changeText(shift)} ${directionWord(shift)}, ${STANCE_WORDS[shift.stance]}`
        const words = wide ? `${shift.country} ${yearsText(shift)}: ${change}` : change
        parts.push(
          <g key={shift.series.id} className={`shift-row shift-${shift.stance}`}>
            <a
              href={hrefFor(to)}
              onClick={(event) => open(event, to)}
              aria-label={`${shift.series.title}: ${changeText(shift)}, ${STANCE_WORDS[shift.stance]} (source study)`}
            >
              <title>{shift.series.title}</title>
              <text x={0} y={y + 16} className="shift-label">
                {lines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional, fixed per title
                  <tspan key={i} x={0} dy={i === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
            <Glyph
              shift={shift}
              y={mid}
              from={scale(shift.kind, 0)}
              to={scale(shift.kind, shift.change ?? 0)}
            />
            <text
              x={x1 + 10}
              y={mid + 4}
              // Below 1000 px the words' column is tight for "South Korea 2008→2017: …": smaller type.
              className={width >= 1000 ? 'shift-words' : 'shift-words shift-narrow'}
            >
              {words}
            </text>
          </g>,
        )
        y += (wide ? ROW : ROW * 2) + extra
      }
      const zero = scale(kind, 0)
      parts.push(
        <line
          key={`zero-${verdict.areaId}-${group.id}`}
          x1={zero}
          x2={zero}
          y1={top + (wide ? 18 : 34)}
          y2={y}
          className="shift-zero"
        />,
      )
      y += 6
    }
  }
  return (
    <div ref={ref} className="shift-chart">
      <svg className="chart-svg" width={width} height={y + 8}>
        <title>Change between first and last reported value of each practice series</title>
        {parts}
      </svg>
    </div>
  )
}

/** Arrow for a rise or fall, a diamond for flat, a hollow circle when nothing can be compared. */
function Glyph({
  shift,
  y,
  from,
  to,
}: {
  shift: SeriesShift
  y: number
  from: number
  to: number
}) {
  if (shift.direction === null) return <circle cx={from} cy={y} r={4} className="shift-hollow" />
  if (shift.direction === 'flat')
    return <path d={`M${from},${y - 6} l6,6 l-6,6 l-6,-6 z`} className="shift-mark" />
  const dir = to >= from ? 1 : -1
  const tip = to
  return (
    <>
      {shift.firstValue === null ? null : (
        <circle cx={from} cy={y} r={3.5} className="shift-mark" />
      )}
      <line x1={from} x2={tip - dir * 6} y1={y} y2={y} className="shift-stem" />
      <path d={`M${tip},${y} l${-dir * 9},-6 v12 z`} className="shift-mark" />
    </>
  )
}
