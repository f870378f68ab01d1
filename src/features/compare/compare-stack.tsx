import { ViewLink } from '../../components/view-link'
import type { CompareRow } from '../../domain/compare/compare'
import type { Technique } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import { Cell } from './compare-cells'

type Props = {
  techniques: Technique[]
  rows: CompareRow[]
  view: ViewState
  /** Reorder and remove, keeping focus on the moved control (use-column-focus.ts). */
  columns: { move: (id: string, by: -1 | 1) => void; remove: (id: string) => void }
}

const SECTIONS = [
  ['attributes', 'Attributes'],
  ['outcomes', 'Outcomes, aligned by measure'],
] as const

/**
 * The comparison laid out for a phone: each attribute is a heading with every technique's value
 * beneath it, labelled with the technique's name, so two techniques are compared without
 * scrolling sideways. CSS shows it instead of the table below tablet width.
 */
export function CompareStack({ techniques, rows, view, columns }: Props) {
  const count = techniques.length
  return (
    <div className="compare-stack">
      <h3 className="stack-section">Techniques compared</h3>
      <ol className="stack-techniques">
        {techniques.map((technique, index) => (
          <li key={technique.id} data-column={technique.id}>
            <span data-control="name">
              <ViewLink
                to={{ ...view, tab: 'techniques', record: { kind: 'technique', id: technique.id } }}
              >
                {technique.name}
              </ViewLink>
            </span>
            <span className="column-tools">
              <button
                type="button"
                className="icon-button"
                disabled={index === 0}
                aria-label={`Move ${technique.name} up`}
                data-control="earlier"
                onClick={() => columns.move(technique.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={index === count - 1}
                aria-label={`Move ${technique.name} down`}
                data-control="later"
                onClick={() => columns.move(technique.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${technique.name} from the comparison`}
                onClick={() => columns.remove(technique.id)}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      {SECTIONS.map(([section, title]) => {
        const shown = rows.filter((row) => row.section === section)
        if (shown.length === 0) return null
        return (
          <section key={section} aria-labelledby={`stack-${section}`}>
            <h3 id={`stack-${section}`} className="stack-section">
              {title}
            </h3>
            {shown.map((row) => (
              <div key={row.id} className={row.differs ? 'stack-row row-differs' : 'stack-row'}>
                <h4>
                  {row.label}
                  {row.differs ? (
                    <span className="differs-tag">
                      <span aria-hidden="true">≠ </span>differs
                    </span>
                  ) : (
                    <span className="same-tag">same for all</span>
                  )}
                </h4>
                <dl>
                  {row.cells.map((cell, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per compared technique, in order
                    <div key={index}>
                      <dt>{techniques[index]?.name}</dt>
                      <dd>
                        <Cell
                          cell={cell}
                          view={view}
                          label={row.label}
                          long={row.section === 'guidelines'}
                        />
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </section>
        )
      })}
    </div>
  )
}
