import { ViewLink } from '../../components/view-link'
import { MAX_COMPARE, type ViewState } from '../../domain/view/view-state'
import type { NavigateMode } from '../../lib/url-view'

type CheckboxProps = {
  view: ViewState
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
  id: string
  name: string
}

/** Ticks a technique for the side-by-side comparison (kept in the URL, at most four). */
export function CompareCheckbox({ view, onNavigate, id, name }: CheckboxProps) {
  const ids = view.compare.ids
  const checked = ids.includes(id)
  const full = ids.length >= MAX_COMPARE
  return (
    <input
      type="checkbox"
      checked={checked}
      disabled={!checked && full}
      aria-label={`Compare ${name}`}
      title={!checked && full ? `At most ${MAX_COMPARE} techniques can be compared` : undefined}
      onChange={(event) =>
        onNavigate({
          ...view,
          compare: {
            ...view.compare,
            ids: event.target.checked ? [...ids, id] : ids.filter((c) => c !== id),
          },
        })
      }
    />
  )
}

export function CompareButton({ view }: { view: ViewState }) {
  const count = view.compare.ids.length
  if (count < 2) {
    return (
      <span className="compare-hint" role="note">
        {count === 0 ? 'Tick 2–4 techniques to compare' : '1 ticked: tick one more to compare'}
      </span>
    )
  }
  return (
    <>
      <ViewLink to={{ ...view, tab: 'compare', record: null }} className="button button-primary">
        Compare {count} techniques
      </ViewLink>
      {count >= MAX_COMPARE ? (
        // The other checkboxes are disabled now; say why where the eye already is.
        <span className="compare-hint" role="note">
          {MAX_COMPARE} is the most: untick one to add another
        </span>
      ) : null}
    </>
  )
}
