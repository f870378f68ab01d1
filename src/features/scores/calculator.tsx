import { VerificationBadge } from '../../components/verification-badge'
import type { Dataset, ScoringSystem } from '../../domain/dataset/schema'
import { esccGrade, esccOptions } from '../../domain/scores/escc'
import { scoreSystem } from '../../domain/scores/score'
import type { ViewState } from '../../domain/view/view-state'
import { RadioGroup } from './radio-group'
import { References, SafetyNote } from './references'
import { ScoreSummary, UnreachableWarning } from './score-summary'

type Props = {
  system: ScoringSystem
  dataset: Dataset
  view: ViewState
  picks: ReadonlyArray<number | null>
  onPicks: (picks: (number | null)[]) => void
  /** The evidence line and button, shared with the NOMS view. */
  lens: React.ReactNode
}

const points = (n: number) => `(${n} ${n === 1 ? 'point' : 'points'})`

/** A scoring system as a form: one radio group per item, the result live below. */
export function Calculator({ system, dataset, view, picks, onPicks, lens }: Props) {
  const result = scoreSystem(system, picks)
  const isGrade = esccOptions(system).length === system.components[0]?.options.length
  const pick = (item: number, option: number) => {
    const next = system.components.map((_, i) => picks[i] ?? null)
    next[item] = option
    onPicks(next)
  }
  const titleId = `calc-${system.id}`
  return (
    <article className="calculator" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {system.name} ({system.abbreviation}, {system.year}){' '}
        <VerificationBadge status={system.verification} source={system.verificationSource} />
      </h3>
      <p>{system.purpose}</p>
      <SafetyNote />
      <UnreachableWarning system={system} />
      <form className="score-form" aria-labelledby={titleId} onSubmit={(e) => e.preventDefault()}>
        {system.components.map((component, i) => (
          <RadioGroup
            key={component.name}
            name={`${system.id}-${i}`}
            legend={component.name}
            value={picks[i] ?? null}
            onChange={(option) => pick(i, option)}
            options={component.options.map((o) => ({
              label: o.label,
              // A grade scale has no points, only an order: showing "points" would mislead.
              detail: isGrade ? undefined : points(o.points),
            }))}
          />
        ))}
      </form>
      <ScoreSummary
        system={system}
        result={result}
        grade={isGrade ? { picked: esccGrade(system, picks[0] ?? null) } : undefined}
      />
      <p className="score-actions no-print">
        <button
          type="button"
          className="button"
          onClick={() => onPicks([])}
          disabled={picks.every((p) => p === null)}
        >
          Reset {system.abbreviation}
        </button>
      </p>
      {lens}
      <References system={system} dataset={dataset} view={view} />
    </article>
  )
}
