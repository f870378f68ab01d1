import { useMemo, useRef } from 'react'
import { type ExportChoice, ExportControls } from '../../components/export-controls'
import { doiUrl, ExternalLink, pubmedUrl } from '../../components/external-link'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { compareTechniques } from '../../domain/compare/compare'
import { authorsText, journalText } from '../../domain/dataset/outcome-text'
import type { Dataset } from '../../domain/dataset/schema'
import type { ViewState } from '../../domain/view/view-state'
import type { NavigateMode } from '../../lib/url-view'
import { Row } from './compare-cells'
import { CompareStack } from './compare-stack'
import { useColumnFocus } from './use-column-focus'

type Props = {
  dataset: Dataset
  view: ViewState
  onNavigate: (view: ViewState, mode?: NavigateMode) => void
  onExport: (choice: ExportChoice) => void
}

const SECTION_TITLES = {
  attributes: 'Attributes',
  guidelines: 'Guidelines',
  outcomes: 'Outcomes, aligned by measure (primary endpoints marked; quotes one click away)',
}

export function CompareView({ dataset, view, onNavigate, onExport }: Props) {
  const comparison = useMemo(
    () => compareTechniques(dataset, view.compare.ids),
    [dataset, view.compare.ids],
  )
  const back = { ...view, tab: 'techniques' as const }
  const setCompare = (ids: string[]) => onNavigate({ ...view, compare: { ...view.compare, ids } })
  const article = useRef<HTMLElement>(null)
  const columns = useColumnFocus(article, view.compare.ids, setCompare)
  const count = comparison.techniques.length
  const shownRows = comparison.rows.filter((row) => !view.compare.onlyDifferences || row.differs)
  const differing = comparison.rows.filter((row) => row.differs).length

  return (
    <article ref={article} className="compare" aria-labelledby="compare-title">
      <ViewLink to={back} className="back-link no-print">
        ← Back to the techniques table
      </ViewLink>
      <h2 id="compare-title" tabIndex={-1} data-control="heading">
        Comparison of {count} {count === 1 ? 'technique' : 'techniques'}
      </h2>
      {comparison.missing.length > 0 ? (
        <p className="note" role="status">
          Not in this dataset, so left out: {comparison.missing.join(', ')}.
        </p>
      ) : null}
      {count < 2 ? (
        <div className="empty-state">
          <p>
            <strong>Pick at least two techniques to compare.</strong> Tick up to four in the
            techniques table, or use “Add to comparison” on a technique page.
          </p>
          {count === 1 ? <p>Selected so far: {comparison.techniques[0]?.name}.</p> : null}
          <ViewLink to={back} className="button button-primary">
            Choose techniques
          </ViewLink>
        </div>
      ) : (
        <>
          <div className="compare-toolbar no-print">
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.compare.onlyDifferences}
                onChange={(event) =>
                  onNavigate({
                    ...view,
                    compare: { ...view.compare, onlyDifferences: event.target.checked },
                  })
                }
              />
              Show only differences ({differing} of {comparison.rows.length} rows differ)
            </label>
            <div className="results-actions">
              <ExportControls
                rowCount={shownRows.length}
                canChooseColumns={false}
                offerProvenance={false}
                onExport={onExport}
              />
              <button type="button" className="button" onClick={() => window.print()}>
                Print
              </button>
            </div>
          </div>
          <div className="table-scroll compare-scroll">
            <table className="compare-table">
              <caption className="visually-hidden">
                Side-by-side comparison. Rows marked “differs” have different values across
                techniques.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Attribute</th>
                  {comparison.techniques.map((technique, index) => (
                    <th scope="col" key={technique.id} data-column={technique.id}>
                      <span data-control="name">
                        <ViewLink
                          to={{
                            ...view,
                            tab: 'techniques',
                            record: { kind: 'technique', id: technique.id },
                          }}
                        >
                          {technique.name}
                        </ViewLink>
                      </span>
                      <div className="column-tools no-print">
                        <button
                          type="button"
                          className="icon-button"
                          disabled={index === 0}
                          aria-label={`Move ${technique.name} left`}
                          data-control="earlier"
                          onClick={() => columns.move(technique.id, -1)}
                        >
                          ←
                        </button>
                        <button
                          type="button"
                          className="icon-button"
                          disabled={index === count - 1}
                          aria-label={`Move ${technique.name} right`}
                          data-control="later"
                          onClick={() => columns.move(technique.id, 1)}
                        >
                          →
                        </button>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={`Remove ${technique.name} from the comparison`}
                          onClick={() => columns.remove(technique.id)}
                        >
                          ×
                        </button>
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              {(['attributes', 'guidelines', 'outcomes'] as const).map((section) => {
                const rows = shownRows.filter((row) => row.section === section)
                if (rows.length === 0) return null
                return (
                  <tbody key={section}>
                    <tr className="section-row">
                      <th scope="colgroup" colSpan={count + 1}>
                        {SECTION_TITLES[section]}
                      </th>
                    </tr>
                    {rows.map((row) => (
                      <Row key={row.id} row={row} view={view} />
                    ))}
                  </tbody>
                )
              })}
            </table>
          </div>
          <CompareStack
            techniques={comparison.techniques}
            rows={shownRows}
            view={view}
            columns={columns}
          />
          {shownRows.length === 0 ? (
            <p className="note">These techniques do not differ on any attribute.</p>
          ) : null}
          <section className="sources" aria-labelledby="sources-title">
            <h3 id="sources-title">Sources ({comparison.sources.length})</h3>
            <ol>
              {comparison.sources.map((study) => (
                <li key={study.id}>
                  {authorsText(study)} {study.title}. <i>{journalText(study)}</i> {study.year}.{' '}
                  {study.doi ? (
                    <ExternalLink href={doiUrl(study.doi)}>doi:{study.doi}</ExternalLink>
                  ) : null}{' '}
                  {study.pmid ? (
                    <ExternalLink href={pubmedUrl(study.pmid)}>PMID {study.pmid}</ExternalLink>
                  ) : null}{' '}
                  <VerificationBadge
                    status={study.verification}
                    source={study.verificationSource}
                  />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </article>
  )
}
