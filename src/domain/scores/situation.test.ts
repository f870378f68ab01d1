import { describe, expect, it } from 'vitest'
import { builtIn, picksByPoints, system } from './built-in.test-helper'
import { matchTechniques } from './lens'
import { nomsAssessment } from './noms'
import { parseScores } from './score-url'
import { buildSituation } from './situation'

const sins = system('sins')
const toku = system('tokuhashi-revised')
const renal = (builtIn.radiosensitivity ?? []).findIndex((r) => r.response === 'resistant')

describe('situation from the URL state', () => {
  it('is empty when nothing is entered, and then matches nothing', () => {
    const parts = buildSituation(builtIn, parseScores(''))
    expect(parts.situation).toEqual({
      sins: null,
      escc: null,
      radiosensitivity: null,
      neurologicDeficit: null,
      expectedSurvivalMonths: null,
      vertebralCollapse: null,
    })
    expect(matchTechniques(builtIn.techniques, parts.situation)).toEqual([])
  })

  it('reads SINS (range while incomplete), ESCC grade, histology, deficit and survival', () => {
    const sinsPicks = picksByPoints(sins, [3, 3, 2, 4, 3, null]).join('.').replaceAll('null', '_')
    const tokuPicks = picksByPoints(toku, [2, 2, 2, 2, 5, 2]).join('.')
    const parts = buildSituation(
      builtIn,
      parseScores(
        `?sc.sins=${sinsPicks}&sc.escc-bilsky=5&sc.noms=${renal}.1.1&sc.tokuhashi-revised=${tokuPicks}`,
      ),
    )
    expect(parts.situation).toEqual({
      sins: { min: 15, max: 18 },
      escc: '3',
      radiosensitivity: 'resistant',
      neurologicDeficit: true,
      expectedSurvivalMonths: { min: 12, max: null },
      // SINS collapse item answered "More than 50% collapse" (3 points).
      vertebralCollapse: true,
    })
    expect(parts.survivalFrom?.system.id).toBe('tokuhashi-revised')
    expect(parts.nomsInputs.canTolerateSurgery).toBe(true)
    // The built-in criteria: instability and high-grade ESCC from a radioresistant tumour.
    const matches = matchTechniques(builtIn.techniques, parts.situation)
    const ids = matches.map((m) => m.technique.id)
    expect(ids).toContain('separation-surgery')
    expect(ids).toContain('open-decompression-stabilisation')
    // Conventional radiotherapy matches through ASTRO's cord-compression statement only, never
    // through NOMS's "radiosensitive tumour" criterion (this tumour is radioresistant).
    const cebrt = matches.find((m) => m.technique.id === 'cebrt-multi-fraction')
    expect(cebrt?.matches.map((m) => m.criterion.id)).toEqual(['cebrt-mf-cord-compression-astro'])
    // Cord compression rules out the vertebral augmentation criterion (no MSCC required).
    expect(ids).not.toContain('vertebroplasty')
  })

  it('reads vertebral body collapse from the SINS collapse item only once it is answered', () => {
    const withCollapse = (points: number | null) =>
      buildSituation(
        builtIn,
        parseScores(
          `?sc.sins=${picksByPoints(sins, [1, 3, 2, 0, points, null]).join('.').replaceAll('null', '_')}`,
        ),
      ).situation.vertebralCollapse
    expect(withCollapse(3)).toBe(true) // more than 50% collapse
    expect(withCollapse(2)).toBe(true) // less than 50% collapse
    expect(withCollapse(1)).toBe(false) // no collapse, more than 50% of the body involved
    expect(withCollapse(0)).toBe(false) // none of the above
    expect(withCollapse(null)).toBeNull()
  })

  it('"other or not listed" histology states no radiosensitivity, and NOMS says why instead of asking for it', () => {
    const other = builtIn.radiosensitivity?.length ?? 0
    const parts = buildSituation(builtIn, parseScores(`?sc.noms=${other}._._`))
    expect(parts.situation.radiosensitivity).toBeNull()
    expect(parts.nomsInputs.histologyNotListed).toBe(true)
    const noms = system('noms')
    const oncologic = nomsAssessment(noms, parts.nomsInputs).find(
      (s) => s.dimension === 'oncologic',
    )
    expect(oncologic?.missing).toEqual([])
    expect(oncologic?.note).toMatch(/not in the dataset’s sourced radiosensitivity list/)
    // Unanswered, the histology is still asked for.
    const unanswered = buildSituation(builtIn, parseScores(''))
    expect(unanswered.nomsInputs.histologyNotListed).toBe(false)
    expect(
      nomsAssessment(noms, unanswered.nomsInputs).find((s) => s.dimension === 'oncologic')?.missing,
    ).toEqual(['Histology'])
  })

  it('ignores picks the dataset does not know', () => {
    const parts = buildSituation(builtIn, parseScores('?sc.escc-bilsky=42&sc.noms=99.7.3'))
    expect(parts.situation.escc).toBeNull()
    expect(parts.histology).toBeNull()
    expect(parts.situation.neurologicDeficit).toBeNull()
  })
})
