import type { ScoringSystem } from '../../domain/dataset/schema'
import { formatRange, type ScoreResult } from '../../domain/scores/score'

/**
 * The result of a calculator, announced politely as it changes. An incomplete score shows the
 * range still possible and the missing items; its band only when no answer could change it.
 */
export function ScoreSummary({ system, result }: { system: ScoringSystem; result: ScoreResult }) {
  const bounds = system.components.length > 0 ? maxRange(system) : null
  return (
    <div className="score-summary" aria-live="polite" aria-atomic="true">
      {result.complete ? (
        <p className="score-total">
          <span className="score-label">Total</span> <strong>{result.total}</strong>
          {bounds ? <span className="muted"> (possible {bounds})</span> : null}
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
      ) : system.bands.length > 0 ? (
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

function maxRange(system: ScoringSystem): string {
  let min = 0
  let max = 0
  for (const c of system.components) {
    const points = c.options.map((o) => o.points)
    min += Math.min(...points)
    max += Math.max(...points)
  }
  if (system.ceiling !== undefined) max = Math.min(max, system.ceiling)
  return `${min}–${max}`
}
