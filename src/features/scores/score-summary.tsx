import type { ScoringSystem } from '../../domain/dataset/schema'
import type { EsccGrade } from '../../domain/dataset/schema-decision'
import { formatRange, type ScoreResult, scoreLimits } from '../../domain/scores/score'

type Props = {
  system: ScoringSystem
  result: ScoreResult
  /** For a grade scale (ESCC): the grade picked, shown instead of a points total. */
  grade?: { picked: EsccGrade | null }
}

/**
 * The result of a calculator, announced politely as it changes. An incomplete score shows the
 * range still possible and the missing items; its band only when no answer could change it. A
 * grade scale shows its grade, never the option's position as if it were points.
 */
export function ScoreSummary({ system, result, grade }: Props) {
  const limits = scoreLimits(system)
  const capped = limits.ceiling !== null && limits.itemMax > limits.ceiling
  const bounds = `${limits.itemMin}–${limits.reachableMax}`
  return (
    <div className="score-summary" aria-live="polite" aria-atomic="true">
      {grade ? (
        <p className="score-total">
          {grade.picked === null ? (
            <span className="muted">No grade chosen yet.</span>
          ) : (
            <>
              <span className="score-label">Grade</span> <strong>{grade.picked}</strong>
            </>
          )}
        </p>
      ) : result.complete ? (
        <p className="score-total">
          <span className="score-label">Total</span> <strong>{result.total}</strong>{' '}
          <span className="muted">
            (possible {bounds}
            {capped
              ? `; the items add up to ${limits.itemMax} at most, and the published score is capped at ${limits.ceiling}`
              : ''}
            )
          </span>
        </p>
      ) : (
        <p className="score-total">
          <span className="score-label">So far</span> <strong>{formatRange(result.range)}</strong>{' '}
          <span className="muted">
            ({result.missing.length} of {system.components.length} items unanswered)
          </span>
        </p>
      )}
      {result.band ? (
        <p className="score-band">
          <strong>{result.band.label}.</strong> {result.band.interpretation}
        </p>
      ) : system.bands.length > 0 && !(grade && grade.picked === null) ? (
        <p className="score-band muted">
          {result.possibleBands.length > 1
            ? `Band not settled yet: the answers still missing could give ${result.possibleBands
                .map((b) => b.label)
                .join(' or ')}.`
            : 'This total falls in none of the published bands.'}
        </p>
      ) : null}
      {result.missing.length > 0 && result.missing.length < system.components.length ? (
        <p className="score-missing">Missing: {result.missing.join('; ')}.</p>
      ) : null}
    </div>
  )
}

/**
 * Said before the items, not after: when the published bands run past what these items can
 * give, an option of the published score is missing from the dataset and some patients cannot
 * be scored here.
 */
export function UnreachableWarning({ system }: { system: ScoringSystem }) {
  const { reachableMax, publishedMax } = scoreLimits(system)
  if (publishedMax === null || publishedMax <= reachableMax) return null
  return (
    <p className="safety-note score-incomplete" role="note">
      <strong>Incomplete score.</strong> This calculator reaches at most {reachableMax}, while the
      published bands run to {publishedMax}: an option of the published score is missing here
      because its points could not be checked at a source (see References below). A patient that
      option describes cannot be scored with it.
    </p>
  )
}
