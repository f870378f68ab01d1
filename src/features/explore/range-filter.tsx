import { type FormEvent, useEffect, useId, useState } from 'react'
import type { RangeResult } from '../../domain/query/run-query'
import type { Range } from '../../domain/view/view-state'

type Props = { range: RangeResult; onChange: (range: Range | null) => void }

const toText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value)
const toNumber = (text: string) =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text)

/** From/to inputs applied on Enter, on blur or with the Apply button: one history step each. */
export function RangeFilter({ range, onChange }: Props) {
  const id = useId()
  const [min, setMin] = useState(toText(range.selected?.min))
  const [max, setMax] = useState(toText(range.selected?.max))
  useEffect(() => {
    setMin(toText(range.selected?.min))
    setMax(toText(range.selected?.max))
  }, [range.selected?.min, range.selected?.max])

  const apply = (event?: FormEvent) => {
    event?.preventDefault()
    const next = { min: toNumber(min), max: toNumber(max) }
    if (next.min === (range.selected?.min ?? null) && next.max === (range.selected?.max ?? null))
      return
    onChange(next.min === null && next.max === null ? null : next)
  }

  return (
    <form className="facet range" onSubmit={apply} aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>{range.label}</legend>
        <div className="range-inputs">
          <label>
            <span>From</span>
            <input
              type="number"
              inputMode="numeric"
              value={min}
              placeholder={toText(range.min)}
              onChange={(e) => setMin(e.target.value)}
              onBlur={() => apply()}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="number"
              inputMode="numeric"
              value={max}
              placeholder={toText(range.max)}
              onChange={(e) => setMax(e.target.value)}
              onBlur={() => apply()}
            />
          </label>
          <button type="submit" className="button button-small">
            Apply
          </button>
        </div>
      </fieldset>
    </form>
  )
}
