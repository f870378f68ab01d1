import type { AreaVerdict } from '../../domain/charts/shift'
import { FLAT_PP, FLAT_RELATIVE } from '../../domain/charts/shift'

/**
 * The verdict per area, generated from the series in view. Counter-evidence links to its rows in
 * the chart below, so a reader can check which series ran the other way. On a phone the verdict
 * comes as a small table of counts, with the sentences one tap away, so the chart still starts on
 * the first screen.
 */
export function ShiftVerdicts({
  verdicts,
  chartShown,
  compact = false,
}: {
  verdicts: AreaVerdict[]
  chartShown: boolean
  compact?: boolean
}) {
  const sentences = (
    <>
      <ul>
        {verdicts.map((v) => (
          <li key={v.areaId} className="verdict">
            <VerdictSentence verdict={v} chartShown={chartShown} />
          </li>
        ))}
      </ul>
      <p className="note">
        From each series’ first to its last reported value. Flat: a change under {FLAT_PP}{' '}
        percentage point for shares, under {FLAT_RELATIVE} % of the first value for counts and
        rates.
      </p>
    </>
  )
  return (
    <section
      className={compact ? 'shift-verdicts shift-verdicts-compact' : 'shift-verdicts'}
      aria-labelledby="shift-verdicts-title"
    >
      <h3 id="shift-verdicts-title">
        Is practice shifting toward radiation therapy and minimally invasive therapy?
      </h3>
      {verdicts.length === 0 ? (
        <p>No practice series come from the studies of the techniques in view.</p>
      ) : compact ? (
        <>
          <VerdictCounts verdicts={verdicts} />
          <details className="shift-details">
            <summary>The verdict in words</summary>
            {sentences}
          </details>
        </>
      ) : (
        sentences
      )}
    </section>
  )
}

/**
 * Per area: how many counted series moved toward the shift, how many ran against it, and how
 * many are shown but not counted, so "1 of 1" is not read as the whole evidence.
 */
function VerdictCounts({ verdicts }: { verdicts: AreaVerdict[] }) {
  return (
    <table className="shift-counts">
      <caption className="visually-hidden">Series per therapy area, by direction</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Therapy area</span>
          </th>
          <th scope="col">Toward</th>
          <th scope="col">Against</th>
          {/* Context series (all indications, costs, operation mix) and single points. */}
          <th scope="col">Not counted</th>
        </tr>
      </thead>
      <tbody>
        {verdicts.map((v) => (
          <tr key={v.areaId}>
            <th scope="row">{v.lead.split(': ')[0]}</th>
            <td>{v.counted === 0 ? 'none counted' : `${v.toward} of ${v.counted}`}</td>
            <td>{v.counted === 0 ? '–' : v.against}</td>
            <td>{v.notCounted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function VerdictSentence({ verdict, chartShown }: { verdict: AreaVerdict; chartShown: boolean }) {
  const [name, ...rest] = verdict.lead.split(': ')
  const anchor = (id: string, text: string) =>
    chartShown ? <a href={`#shift-${verdict.areaId}-${id}`}>{text}</a> : text
  return (
    <>
      <strong>{name}:</strong> {rest.join(': ')}
      {verdict.against > 0 ? (
        <>
          ; <strong>{verdict.against} ran against it</strong>:{' '}
          {verdict.againstParts.map((part, i) => (
            <span key={`${part.groupId}-${part.verb}`}>
              {i > 0 ? ', ' : ''}
              {anchor(part.groupId, part.label.toLowerCase())} {part.verb} in {part.count}
            </span>
          ))}
        </>
      ) : null}
      {verdict.tail}
    </>
  )
}
