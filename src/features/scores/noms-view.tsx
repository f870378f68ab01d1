import type { ReactNode } from 'react'
import { QuoteDisclosure } from '../../components/quote-disclosure'
import { VerificationBadge } from '../../components/verification-badge'
import { ViewLink } from '../../components/view-link'
import { studyShort } from '../../domain/dataset/outcome-text'
import type { Dataset, ScoringSystem } from '../../domain/dataset/schema'
import { ESCC_SYSTEM_ID, esccOptions } from '../../domain/scores/escc'
import { RESPONSE_LABELS } from '../../domain/scores/lens'
import { nomsAssessment } from '../../domain/scores/noms'
import { formatRange } from '../../domain/scores/score'
import type { SituationParts } from '../../domain/scores/situation'
import type { ViewState } from '../../domain/view/view-state'
import { RadioGroup } from './radio-group'
import { References, SafetyNote } from './references'

type Props = {
  noms: ScoringSystem
  dataset: Dataset
  view: ViewState
  parts: SituationParts
  esccPick: number | null
  nomsPicks: ReadonlyArray<number | null>
  onEscc: (pick: number) => void
  onNoms: (picks: (number | null)[]) => void
  /** Link to another calculator (SINS, prognostic scores) by system id. */
  calculatorLink: (systemId: string, text: string) => ReactNode
  lens: ReactNode
}

const YES_NO = [{ label: 'No' }, { label: 'Yes' }]

/**
 * NOMS as a guided view: the four assessments, each answered from the findings, and for each
 * the statement of the framework's authors that applies, worded as in the dataset; nothing
 * is stated for a combination they leave open.
 */
export function NomsView(props: Props) {
  const { noms, dataset, view, parts, esccPick, nomsPicks, onEscc, onNoms } = props
  const escc = dataset.scoringSystems.find((s) => s.id === ESCC_SYSTEM_ID)
  const histologies = dataset.radiosensitivity ?? []
  const steps = nomsAssessment(noms, parts.nomsInputs)
  const setNoms = (index: number, value: number) => {
    const next = [0, 1, 2].map((i) => nomsPicks[i] ?? null)
    next[index] = value
    onNoms(next)
  }
  const sins = parts.nomsInputs.sins
  const titleId = 'calc-noms'
  return (
    <article className="calculator" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {noms.name} ({noms.abbreviation}, {noms.year})
      </h3>
      <p>{noms.purpose}</p>
      <SafetyNote />
      <form className="score-form" aria-labelledby={titleId} onSubmit={(e) => e.preventDefault()}>
        {escc ? (
          <RadioGroup
            name="noms-escc"
            legend="Neurologic: ESCC grade (axial T2 MRI, level of worst compression)"
            value={esccPick}
            onChange={onEscc}
            options={esccOptions(escc).map((o) => ({
              label: `Grade ${o.grade}: ${o.description}`,
            }))}
          />
        ) : null}
        <RadioGroup
          name="noms-deficit"
          legend="Neurologic: myelopathy or another neurological deficit from the compression?"
          value={nomsPicks[1] ?? null}
          onChange={(v) => setNoms(1, v)}
          options={YES_NO}
        />
        {histologies.length > 0 ? (
          <RadioGroup
            name="noms-histology"
            legend="Oncologic: histology (response to conventional radiotherapy)"
            value={nomsPicks[0] ?? null}
            onChange={(v) => setNoms(0, v)}
            options={[
              ...histologies.map((h) => ({
                label: h.histology,
                detail: `(${RESPONSE_LABELS[h.response]})`,
              })),
              // The list holds only histologies with a source; every other patient answers here.
              { label: 'Other or not listed', detail: '(radiosensitivity not stated)' },
            ]}
          />
        ) : (
          <p className="muted">This dataset has no radiosensitivity list.</p>
        )}
        <RadioGroup
          name="noms-tolerates"
          legend="Systemic: can the patient tolerate the proposed surgery?"
          hint={
            parts.survivalFrom
              ? `${parts.survivalFrom.system.abbreviation}: ${parts.survivalFrom.label}.`
              : props.calculatorLink(
                  'tokuhashi-revised',
                  'Estimate survival with a prognostic score',
                )
          }
          value={nomsPicks[2] ?? null}
          onChange={(v) => setNoms(2, v)}
          options={YES_NO}
        />
      </form>
      <p className="noms-mechanical">
        Mechanical:{' '}
        {sins
          ? `SINS ${sins.result.complete ? sins.result.total : `${formatRange(sins.result.range)} so far`}. `
          : 'SINS not scored yet. '}
        {props.calculatorLink('sins', sins ? 'Change the SINS answers' : 'Score SINS')}
      </p>
      <section aria-label="What the framework states" aria-live="polite" aria-atomic="true">
        <h4>What the framework states for these findings</h4>
        <ol className="noms-steps">
          {steps.map((step) => (
            <li key={step.dimension}>
              <strong>{step.name}:</strong>{' '}
              {step.statement ??
                step.note ??
                (step.missing.length > 0 ? `needs ${step.missing.join(', ')}.` : 'nothing stated.')}
            </li>
          ))}
        </ol>
      </section>
      {histologies.length > 0 ? <HistologySources dataset={dataset} view={view} /> : null}
      <p className="score-actions no-print">
        <button
          type="button"
          className="button"
          onClick={() => onNoms([])}
          disabled={nomsPicks.every((p) => p === null)}
        >
          Reset NOMS answers
        </button>
      </p>
      {props.lens}
      <References system={noms} dataset={dataset} view={view} />
    </article>
  )
}

/** Every entry of the dataset's radiosensitivity list with its tier, source study and quote. */
function HistologySources({ dataset, view }: { dataset: Dataset; view: ViewState }) {
  const histologies = dataset.radiosensitivity ?? []
  const studies = new Map(dataset.studies.map((s) => [s.id, s]))
  const primary = histologies.filter((h) => h.verification === 'primary').length
  return (
    <details className="histology-sources">
      <summary>
        Sources of the histology list ({histologies.length} entries, {primary} seen at a primary
        source)
      </summary>
      <ul>
        {histologies.map((h) => {
          const study = studies.get(h.studyId)
          return (
            <li key={`${h.histology}-${h.studyId}`}>
              {h.histology}: {RESPONSE_LABELS[h.response]}{' '}
              <VerificationBadge status={h.verification} />, source{' '}
              {study ? (
                <ViewLink to={{ ...view, record: { kind: 'study', id: study.id } }}>
                  {studyShort(study)}
                </ViewLink>
              ) : (
                h.studyId
              )}
              . <QuoteDisclosure quote={h.quote} quoteUrl={h.quoteUrl} label={h.histology} />
              {h.note ? <span className="note"> {h.note}</span> : null}
            </li>
          )
        })}
      </ul>
    </details>
  )
}
