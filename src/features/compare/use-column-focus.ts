import { type RefObject, useLayoutEffect, useRef } from 'react'
import { columnAfterRemoval, moveColumn } from '../../domain/compare/compare'

/** A column's controls, marked `data-control` inside the element marked `data-column={id}`. */
export type ColumnControl = 'name' | 'earlier' | 'later'

type Pending = { ids: string; column: string | null; control: ColumnControl }

/**
 * Moving or removing a column re-renders the comparison from the URL, and the button that was
 * pressed is moved, disabled or gone: focus fell to <body> and a keyboard user started again from
 * the top. This keeps it on the moved column's control (its other arrow at either end), or after a
 * removal on the name of the column that took its place, or on the heading when none is left.
 * Both layouts (table and phone stack) carry the marks; the one on screen gets the focus.
 */
export function useColumnFocus(
  container: RefObject<HTMLElement | null>,
  ids: ReadonlyArray<string>,
  setCompare: (ids: string[]) => void,
) {
  const pending = useRef<Pending | null>(null)
  const key = ids.join('~')

  useLayoutEffect(() => {
    const wanted = pending.current
    // Only the render that shows the new order: any render before it leaves the request waiting.
    if (!wanted || wanted.ids !== key) return
    pending.current = null
    const root = container.current
    if (!root) return
    const selector =
      wanted.column === null
        ? '[data-control="heading"]'
        : `[data-column="${CSS.escape(wanted.column)}"] [data-control="${wanted.control}"]`
    // The layout on screen: the other one is display: none (checkVisibility says so).
    const mark = [...root.querySelectorAll<HTMLElement>(selector)].find(
      (el) => el.checkVisibility?.() ?? true,
    )
    // A name is marked on its wrapper (the shared link takes no data attributes): focus its link.
    const target = mark?.matches('a, button, [tabindex]') ? mark : mark?.querySelector('a')
    target?.focus()
  }, [key, container])

  const go = (next: string[], column: string | null, control: ColumnControl) => {
    pending.current = { ids: next.join('~'), column, control }
    setCompare(next)
  }

  return {
    move(id: string, by: -1 | 1) {
      const next = moveColumn(ids, id, by)
      const at = next.indexOf(id)
      // At either end the pressed arrow is disabled: its other arrow keeps the focus.
      const end = by === -1 ? at === 0 : at === next.length - 1
      const control = (by === -1) !== end ? 'earlier' : 'later'
      go(next, id, control)
    },
    remove(id: string) {
      go(
        ids.filter((other) => other !== id),
        columnAfterRemoval(ids, id),
        'name',
      )
    },
  }
}
