import { type FormEvent, useId, useState } from 'react'
import type { RangeResult } from '../../domain/query/run-query'
import type { Range } from '../../domain/view/view-state'

type Props = { range: RangeResult; onChange: (range: Range | null) => void }

const toText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value)
const toNumber = (text: string) =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text)

type Draft = { min: string; max: string; applied: string }

/**
 * From/to inputs applied on Enter, on blur or with the Apply button: one history step each.
 * The typed draft remembers which applied range it started from; when the URL's range changes
 * from outside (Back, a chip removed) the draft is derived afresh, with no effect copying state
 * and no remount that would lose focus.
 */
export function RangeFilter({ range, onChange }: Props) {
  const id = useId()
  const applied = `${toText(range.selected?.min)}..${toText(range.selected?.max)}`
  const fresh: Draft = {
    min: toText(range.selected?.min),
    max: toText(range.selected?.max),
    applied,
  }
  const [stored, setDraft] = useState<Draft>(fresh)
  const draft = stored.applied === applied ? stored : fresh
  const { min, max } = draft
  const setMin = (text: string) => setDraft({ ...draft, min: text })
  const setMax = (text: string) => setDraft({ ...draft, max: text })

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
