import type { MouseEvent, ReactNode } from 'react'
import type { AreaVerdict, SeriesShift } from '../../domain/charts/shift'
import { type ShiftAxis, shiftAxes, UNIT_WORDS, unitSymbol } from '../../domain/charts/shift-axes'
import type { AreaId } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { useViewNavigation } from '../../lib/url-view'
import { changeText, rowWords, signed, wrapText } from './shift-words'
import { useWidth } from './use-width'

type Props = {
  verdicts: AreaVerdict[]
  areaName: (id: AreaId) => string
  view: ViewState
}

const ROW = 24
/** A wrapped line adds this much to a row; SVG text does not wrap by itself. */
const LINE = 14

/**
 * Each series as an arrow from no change (its first value) to its change at the last value. Every
 * measure group gets one axis per unit (pp or % of the first value), each labelled, so units never
 * share a scale.
 */
export function ShiftChart({ verdicts, areaName, view }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>()
  const { hrefFor, navigate } = useViewNavigation()
  const wide = width >= 640
  // Wide: label | arrow | words on one line. Narrow: the label gets a line of its own.
  const labelW = wide ? Math.min(380, Math.round(width * 0.3)) : 0
  const wordsW = wide ? Math.min(300, Math.round(width * 0.26)) : Math.round(width * 0.45)
  const x0 = labelW + 12
  // The arrow's end needs room for the cut mark; the words start after a gap.
  const x1 = width - wordsW - 16
  // Below 1000 px the words' column is tight: smaller type, and the wrap uses the same size.
  const wordsFont = width >= 1000 ? 12 : 11
  const scale = (axis: ShiftAxis, value: number) => {
    const l = axis.limit
    const v = Math.max(-l, Math.min(l, value))
    return x0 + ((v + l) / (2 * l)) * (x1 - x0)
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
  const lines = (key: string, texts: string[], className: string, id?: string) => {
    const x = 0
    parts.push(
      <text key={key} id={id} x={x} y={y + 14} className={className}>
        <Lines lines={texts} x={x} />
      </text>,
    )
    y += 4 + texts.length * LINE
  }
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
      const key = `${verdict.areaId}-${group.id}`
      lines(`label-${key}`, wrapText(group.label, width, 12), 'shift-group', `shift-${key}`)
      // A context group says on the chart why it is not counted, not only in the method note.
      if (group.toward === null)
        lines(
          `why-${key}`,
          wrapText(`Context only, not counted: ${group.reading}.`, width, 11),
          'shift-why',
        )
      for (const axis of shiftAxes(shifts)) {
        const unit = wrapText(
          `${UNIT_WORDS[axis.kind]}${axis.clipped.size > 0 ? `, axis cut at ${signed(axis.limit)} %` : ''}`,
          wide ? labelW : width,
          11,
        )
        // Wide: the ticks share the unit's first line. Narrow: they get the line below it.
        const tickY = y + (wide ? 13 : unit.length * LINE + 13)
        parts.push(
          <g key={`axis-${key}-${axis.kind}`} className="shift-axis">
            <text x={0} y={y + 13} className="shift-unit">
              <Lines lines={unit} x={0} />
            </text>
            {[-axis.limit, 0, axis.limit].map((tick) => (
              <text
                key={tick}
                x={scale(axis, tick)}
                y={tickY}
                textAnchor="middle"
                className="shift-tick"
              >
                {signed(tick)}
                {tick === axis.limit ? ` ${unitSymbol(axis.kind)}` : ''}
              </text>
            ))}
          </g>,
        )
        y = Math.max(y + 20, tickY + 7)
        const rowsTop = y
        for (const shift of axis.shifts) {
          const clipped = axis.clipped.has(shift.series.id)
          y = drawRow(shift, axis, clipped, y)
        }
        const zero = scale(axis, 0)
        if (wide)
          parts.push(
            <line
              key={`zero-${key}-${axis.kind}`}
              x1={zero}
              x2={zero}
              y1={rowsTop - 2}
              y2={y}
              className="shift-zero"
            />,
          )
        y += 4
      }
      y += 8
    }
  }

  /** One series: its linked title, its arrow and its words. Returns the y below it. */
  function drawRow(shift: SeriesShift, axis: ShiftAxis, clipped: boolean, top: number): number {
    const to: ViewState = { ...view, record: { kind: 'study', id: shift.series.studyId } }
    const words = rowWords(shift, clipped ? axis.limit : null, wide)
    const label = wide ? shift.series.title : `${words.place} · ${shift.series.title}`
    const titleLines = wrapText(label, wide ? labelW : width, 12, 4)
    // Rows running against the shift are set in bold (see charts.css).
    const wordLines = wrapText(words.text, wordsW, wordsFont, 3, shift.stance === 'against')
    // Wide: the arrow sits on the title's first line. Narrow: on a line below the title.
    const below = wide ? 0 : ROW + (titleLines.length - 1) * LINE
    const mid = top + below + ROW / 2
    const from = scale(axis, 0)
    const end = scale(axis, shift.change ?? 0)
    parts.push(
      <g key={shift.series.id} className={`shift-row shift-${shift.stance}`}>
        <a
          href={hrefFor(to)}
          onClick={(event) => open(event, to)}
          aria-label={`${shift.series.title}: ${changeText(shift)}, ${words.stance} (source study)`}
        >
          <title>{shift.series.title}</title>
          <text x={0} y={top + 16} className="shift-label">
            <Lines lines={titleLines} x={0} />
          </text>
        </a>
        {wide ? null : (
          // On a phone the titles run across the zero line, so each arrow gets its own piece of it.
          <line x1={from} x2={from} y1={mid - 9} y2={mid + 9} className="shift-zero" />
        )}
        <Glyph shift={shift} y={mid} from={from} to={end} clipped={clipped} />
        <text
          x={x1 + 16}
          y={mid + 4}
          className={wordsFont === 12 ? 'shift-words' : 'shift-words shift-narrow'}
        >
          <Lines lines={wordLines} x={x1 + 16} />
        </text>
      </g>,
    )
    const titleH = wide ? 0 : (titleLines.length - 1) * LINE
    const wordsH = (wordLines.length - 1) * LINE
    return (
      top +
      (wide ? ROW + Math.max((titleLines.length - 1) * LINE, wordsH) : ROW * 2 + titleH + wordsH)
    )
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

/**
 * Arrow for a rise or fall, a diamond for flat, a hollow circle when nothing can be compared. An
 * arrow cut at the axis end gets two slanted strokes across its stem, the usual break mark.
 */
function Glyph({
  shift,
  y,
  from,
  to,
  clipped,
}: {
  shift: SeriesShift
  y: number
  from: number
  to: number
  clipped: boolean
}) {
  if (shift.direction === null) return <circle cx={from} cy={y} r={4} className="shift-hollow" />
  if (shift.direction === 'flat')
    return <path d={`M${from},${y - 6} l6,6 l-6,6 l-6,-6 z`} className="shift-mark" />
  const dir = to >= from ? 1 : -1
  const cut = to - dir * 22
  return (
    <>
      {shift.firstValue === null ? null : (
        <circle cx={from} cy={y} r={3.5} className="shift-mark" />
      )}
      <line x1={from} x2={to - dir * 6} y1={y} y2={y} className="shift-stem" />
      {clipped ? (
        <path d={`M${cut - 4},${y + 7} l6,-14 M${cut + 2},${y + 7} l6,-14`} className="shift-cut" />
      ) : null}
      <path d={`M${to},${y} l${-dir * 9},-6 v12 z`} className="shift-mark" />
    </>
  )
}

/**
 * Wrapped lines as tspans. Each line but the last ends in a space, so the text read aloud (and
 * copied) keeps its word breaks.
 */
function Lines({ lines, x }: { lines: string[]; x: number }) {
  return lines.map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional, fixed per text
    <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
      {i < lines.length - 1 ? `${line} ` : line}
    </tspan>
  ))
}
