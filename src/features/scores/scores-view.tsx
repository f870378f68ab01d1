import type { ReactNode } from 'react'
import type { Dataset, ScoringSystem } from '../../domain/dataset/schema'
import { ESCC_SYSTEM_ID } from '../../domain/scores/escc'
import { matchTechniques } from '../../domain/scores/lens'
import type { Picks } from '../../domain/scores/score'
import type { ScoresState } from '../../domain/scores/score-url'
import { buildSituation, NOMS_ID, SINS_ID } from '../../domain/scores/situation'
import { hasFilters, type ViewState, withTable } from '../../domain/view/view-state'
import { useViewNavigation } from '../../lib/url-view'
import { Calculator } from './calculator'
import { LensPanel } from './lens-panel'
import { LinksOnly } from './links-only'
import { NomsView } from './noms-view'
import { situationParts } from './situation-text'

type Props = { dataset: Dataset; view: ViewState }

/** The decision aid: calculators from the dataset's definitions, ending in the matching evidence. */
export function ScoresView({ dataset, view }: Props) {
  const { hrefFor, navigate } = useViewNavigation()
  const state = view.scores
  // Each answer replaces the history entry, so Back does not undo answers one radio at a time;
  // opening another calculator or the evidence is a step of its own.
  const setState = (next: ScoresState, mode: 'push' | 'replace' = 'replace') =>
    navigate({ ...view, scores: next }, mode)
  const scoresHref = (next: ScoresState) => hrefFor({ ...view, scores: next })
  const systems = dataset.scoringSystems
  const open =
    systems.find((s) => s.id === state.open) ?? systems.find((s) => s.id === SINS_ID) ?? systems[0]
  const parts = buildSituation(dataset, state)
  const matches = matchTechniques(dataset.techniques, parts.situation)
  const words = situationParts(parts)
  const setPicks = (id: string, picks: Picks) =>
    setState({ ...state, picks: { ...state.picks, [id]: picks } })
  const openState = (id: string): ScoresState => ({ ...state, open: id })
  const calculatorLink = (id: string, text: string): ReactNode => (
    <a
      href={scoresHref(openState(id))}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
        event.preventDefault()
        setState(openState(id), 'push')
      }}
    >
      {text}
    </a>
  )
  // The evidence opens in the Techniques table (and the Studies table) filtered to the matched
  // techniques, fresh filters otherwise; the table then says why each technique matched.
  const ids = matches.map((m) => m.technique.id)
  const fresh = { q: '', facets: { technique: ids }, ranges: {}, page: 1 }
  const evidence = withTable(
    withTable(
      { ...view, tab: 'techniques', record: null, scores: { ...state, lens: true } },
      'techniques',
      fresh,
    ),
    'studies',
    fresh,
  )
  const lens = (
    <LensPanel
      parts={words}
      matches={matches}
      href={hrefFor(evidence)}
      replacesFilters={
        !state.lens && (hasFilters(view.tables.techniques) || hasFilters(view.tables.studies))
      }
      onShow={() => {
        navigate(evidence, 'push')
        window.scrollTo({ top: 0 })
      }}
    />
  )

  return (
    <section className="scores" aria-labelledby="scores-title">
      <h2 id="scores-title">Scores</h2>
      <p className="muted">
        Score a patient's findings, then see the techniques whose indications match.{' '}
        <strong>Nothing you enter leaves this browser:</strong> it is kept only in the page address,
        so a reload or a shared link shows the same situation.
      </p>
      {systems.length === 0 ? (
        <p className="empty-state">This dataset has no decision or scoring systems.</p>
      ) : (
        <nav className="score-nav no-print" aria-label="Calculators">
          <ul>
            {systems.map((system) => (
              <li key={system.id}>
                {system.id === open?.id ? (
                  <a href={scoresHref(openState(system.id))} aria-current="page">
                    {system.abbreviation}
                  </a>
                ) : (
                  calculatorLink(system.id, system.abbreviation)
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {open ? renderSystem(open) : null}
    </section>
  )

  function renderSystem(system: ScoringSystem) {
    if (system.id === NOMS_ID)
      return (
        <NomsView
          noms={system}
          dataset={dataset}
          view={view}
          parts={parts}
          esccPick={state.picks[ESCC_SYSTEM_ID]?.[0] ?? null}
          nomsPicks={state.picks[NOMS_ID] ?? []}
          onEscc={(pick) => setPicks(ESCC_SYSTEM_ID, [pick])}
          onNoms={(picks) => setPicks(NOMS_ID, picks)}
          calculatorLink={calculatorLink}
          lens={lens}
        />
      )
    if (system.components.length === 0)
      return <LinksOnly system={system} dataset={dataset} view={view} />
    return (
      <Calculator
        key={system.id}
        system={system}
        dataset={dataset}
        view={view}
        picks={state.picks[system.id] ?? []}
        onPicks={(picks) => setPicks(system.id, picks)}
        lens={lens}
      />
    )
  }
}
