import { describe, expect, it } from 'vitest'
import type { ScoringSystem } from '../dataset/schema'
import { picksByPoints, system } from './built-in.test-helper'
import { bandFor, formatRange, scoreLimits, scoreSystem } from './score'

const sins = system('sins')
const tokuhashi = system('tokuhashi-revised')
const tomita = system('tomita')
const nesms = system('nesms')

describe('SINS', () => {
  // Fourney DR et al., J Clin Oncol 2011 (SOSG validation, PMID 21709187): "Each total score was
  // converted into a three-category data field, with 0 to 6 as stable, 7 to 12 as potentially
  // unstable, and 13 to 18 as unstable." Fisher CG et al., Spine 2010 gives the item table.
  it.each([
    [0, 'Stable'],
    [6, 'Stable'],
    [7, 'Potentially unstable'],
    [12, 'Potentially unstable'],
    [13, 'Unstable'],
    [18, 'Unstable'],
  ])('a total of %i is %s', (total, label) => {
    expect(bandFor(sins, total)?.label).toMatch(new RegExp(`^${label}`))
  })

  it('scores the worst case of the item table at the maximum, 18 (Fisher 2010)', () => {
    // Junctional 3, mechanical pain 3, lytic 2, subluxation 4, >50% collapse 3, bilateral 3.
    const result = scoreSystem(sins, picksByPoints(sins, [3, 3, 2, 4, 3, 3]))
    expect(result.total).toBe(18)
    expect(result.band?.label).toBe('Unstable')
    expect(result.missing).toEqual([])
  })

  it('scores a worked patient by the item table: semi-rigid lytic lesion, 9 = potentially unstable', () => {
    // T7 (semi-rigid 1), mechanical pain 3, lytic 2, normal alignment 0, <50% collapse 2,
    // unilateral 1: 1+3+2+0+2+1 = 9, inside Fourney 2011's 7–12 "potentially unstable".
    const result = scoreSystem(sins, picksByPoints(sins, [1, 3, 2, 0, 2, 1]))
    expect(result.total).toBe(9)
    expect(result.band?.label).toMatch(/^Potentially unstable/)
  })

  it('gives the range and the missing items while incomplete, and no band while it could change', () => {
    const result = scoreSystem(sins, picksByPoints(sins, [1, 3, 2, null, null, null]))
    expect(result.complete).toBe(false)
    expect(result.total).toBeNull()
    expect(result.sum).toBe(6)
    expect(result.range).toEqual({ min: 6, max: 16 })
    expect(formatRange(result.range)).toBe('6–16')
    expect(result.missing).toEqual([
      'Radiographic spinal alignment',
      'Vertebral body collapse',
      'Posterolateral involvement of spinal elements (facet, pedicle or costovertebral joint)',
    ])
    expect(result.band).toBeNull()
    expect(result.possibleBands.map((b) => b.min)).toEqual([0, 7, 13])
  })

  it('states the band of an incomplete score only when no answer can move it', () => {
    // 3+3+2+4+3 = 15 already; the last item adds 0–3, so 15–18: unstable whatever it is.
    const settled = scoreSystem(sins, picksByPoints(sins, [3, 3, 2, 4, 3, null]))
    expect(settled.range).toEqual({ min: 15, max: 18 })
    expect(settled.band?.label).toBe('Unstable')
    // 0+0+0+0+0 = 0 with up to 3 to come: 0–3 is stable whatever it is.
    expect(scoreSystem(sins, picksByPoints(sins, [0, 0, 0, 0, 0, null])).band?.label).toBe('Stable')
    // 12 with 0–3 to come straddles 12/13: no band.
    const open = scoreSystem(sins, picksByPoints(sins, [3, 3, 2, 4, 0, null]))
    expect(open.range).toEqual({ min: 12, max: 15 })
    expect(open.band).toBeNull()
  })

  it('treats nothing answered as the full range 0–18 and ignores out-of-range picks', () => {
    expect(scoreSystem(sins, []).range).toEqual({ min: 0, max: 18 })
    expect(scoreSystem(sins, [99, -1, 1.5]).missing).toHaveLength(6)
  })
})

describe('revised Tokuhashi', () => {
  // Tokuhashi Y et al., Spine 2005 (table reproduced in NICE CG75 appendix 3); the same three
  // groups 0–8, 9–11 and 12–15 are used by the validation of Quraishi NA et al., Eur Spine J 2013
  // (PMID 23328875): "Group 1 (Tokuhashi score 0–8 …), Group 2 (Tokuhashi score 9–11 …) and
  // Group 3 (Tokuhashi score 12–15 …)".
  it.each([
    [0, 6],
    [8, 6],
    [9, 6],
    [11, 6],
    [12, 12],
    [15, 12],
  ])('band edge %i', (total, _months) => {
    const band = bandFor(tokuhashi, total)
    expect(band).not.toBeNull()
    expect(total >= (band?.min ?? 0) && total <= (band?.max ?? 99)).toBe(true)
  })

  it('scores a breast-cancer patient in good condition with one spinal metastasis at 15', () => {
    // KPS 80–100 (2), no extraspinal bone metastases (2), one vertebral metastasis (2), no organ
    // metastases (2), breast primary (5), no palsy (2) = 15: predicted survival ≥ 1 year.
    const result = scoreSystem(tokuhashi, picksByPoints(tokuhashi, [2, 2, 2, 2, 5, 2]))
    expect(result.total).toBe(15)
    expect(result.band?.min).toBe(12)
  })

  it('scores a lung-cancer patient with palsy and organ metastases in the lowest group', () => {
    // KPS 50–70 (1), 1–2 extraspinal (1), 2 vertebral (1), unremovable organ mets (0), lung (0),
    // incomplete palsy (1) = 4 → 0–8.
    const result = scoreSystem(tokuhashi, picksByPoints(tokuhashi, [1, 1, 1, 0, 0, 1]))
    expect(result.total).toBe(4)
    expect(result.band?.max).toBe(8)
  })

  it('an incomplete score with the primary site missing spans 0–5 more', () => {
    const result = scoreSystem(tokuhashi, picksByPoints(tokuhashi, [2, 2, 2, 2, null, 2]))
    expect(result.range).toEqual({ min: 10, max: 15 })
    expect(result.missing).toEqual(['Primary site of the cancer'])
    expect(result.band).toBeNull()
  })
})

describe('Tomita', () => {
  // Tomita K et al., Spine 2001;26(3):298–306. Bands 2–3, 4–5, 6–7, 8–10 and the visceral/bone
  // points as quoted by the 2019 secondary review the dataset cites. The original abstract was not
  // seen (searched again in session 3), so the 'rapid growth' primary-tumour option, whose weight
  // secondary sources give as 3 or 4, is not in the dataset and these tests do not invent it.
  it.each([
    [2, 'Long-term local control'],
    [3, 'Long-term local control'],
    [4, 'Middle-term local control'],
    [5, 'Middle-term local control'],
    [6, 'Short-term palliation'],
    [7, 'Short-term palliation'],
    [8, 'Terminal care'],
    [9, 'Terminal care'],
    [10, 'Terminal care'],
  ])('total %i falls in exactly one band: %s', (total, label) => {
    expect(
      tomita.bands.filter((b) => (b.min ?? 0) <= total && total <= (b.max ?? 99)),
    ).toHaveLength(1)
    expect(bandFor(tomita, total)?.label).toBe(label)
  })

  it('no band outside 2–10', () => {
    expect(bandFor(tomita, 1)).toBeNull()
    expect(bandFor(tomita, 11)).toBeNull()
  })

  it('scores a solitary spinal metastasis of a slow-growing tumour without visceral spread at 2', () => {
    const result = scoreSystem(tomita, picksByPoints(tomita, [1, 0, 1]))
    expect(result.total).toBe(2)
    expect(result.band?.label).toBe('Long-term local control')
  })

  it('scores treatable visceral and multiple bone metastases of a moderately growing tumour at 6', () => {
    const result = scoreSystem(tomita, picksByPoints(tomita, [2, 2, 2]))
    expect(result.total).toBe(6)
    expect(result.band?.label).toBe('Short-term palliation')
  })

  it('scores untreatable visceral and multiple bone metastases of a moderately growing tumour at 8', () => {
    const result = scoreSystem(tomita, picksByPoints(tomita, [2, 4, 2]))
    expect(result.total).toBe(8)
    expect(result.band?.label).toBe('Terminal care')
  })

  it('an incomplete score gives the range still possible and a band only when it is settled', () => {
    // Nothing answered: the dataset's options span 2–8 (no 'rapid growth' option, see above).
    const none = scoreSystem(tomita, [])
    expect(none.range).toEqual({ min: 2, max: 8 })
    expect(none.missing).toHaveLength(3)
    expect(none.band).toBeNull()
    // No visceral metastasis and a solitary bone metastasis, growth unknown: 2–3, settled.
    const settled = scoreSystem(tomita, picksByPoints(tomita, [null, 0, 1]))
    expect(formatRange(settled.range)).toBe('2–3')
    expect(settled.band?.label).toBe('Long-term local control')
    // Untreatable visceral and multiple bone metastases, growth unknown: 7–8 straddles 6–7/8–10.
    const open = scoreSystem(tomita, picksByPoints(tomita, [null, 4, 2]))
    expect(formatRange(open.range)).toBe('7–8')
    expect(open.band).toBeNull()
    expect(open.possibleBands.map((b) => b.label)).toEqual([
      'Short-term palliation',
      'Terminal care',
    ])
  })

  it('every point value comes from the dataset: the options are slow 1, moderate 2; 0/2/4; 1/2', () => {
    expect(tomita.components.map((c) => c.options.map((o) => o.points))).toEqual([
      [1, 2],
      [0, 2, 4],
      [1, 2],
    ])
  })
})

describe('NESMS', () => {
  // Ghori AK et al., Spine J 2015: modified Bauer 2 points, intact ambulation and normal albumin
  // 1 point each, "with a ceiling score of three"; Schoenfeld AJ et al., Spine J 2016 (PMID
  // 26409416): "All patients were assigned an NESMS score (0-3)."
  it('runs from 0 to 3, capped at 3', () => {
    expect(scoreSystem(nesms, picksByPoints(nesms, [0, 0, 0])).total).toBe(0)
    expect(scoreSystem(nesms, picksByPoints(nesms, [2, 0, 1])).total).toBe(3)
    expect(scoreSystem(nesms, picksByPoints(nesms, [2, 1, 1])).total).toBe(3)
    expect(scoreSystem(nesms, picksByPoints(nesms, [0, 1, 1])).total).toBe(2)
  })

  it('a favourable Bauer score with albumin unknown gives 2–3', () => {
    const result = scoreSystem(nesms, picksByPoints(nesms, [2, 0, null]))
    expect(formatRange(result.range)).toBe('2–3')
    expect(result.missing).toEqual(['Serum albumin'])
  })
})

describe('scoreLimits', () => {
  const makeSystem = (overrides: Partial<ScoringSystem>): ScoringSystem => ({
    id: 's',
    name: 'S',
    abbreviation: 'S',
    year: 2000,
    purpose: 'p',
    studyId: 'x',
    verification: 'unverified',
    components: [
      {
        name: 'a',
        options: [
          { label: 'a0', points: 0 },
          { label: 'a2', points: 2 },
        ],
      },
      {
        name: 'b',
        options: [
          { label: 'b1', points: 1 },
          { label: 'b0', points: 0 },
        ],
      },
    ],
    bands: [{ min: 0, max: 3, label: 'all', interpretation: 'i' }],
    ...overrides,
  })

  it('gives the item range and, without a ceiling, reaches the item maximum', () => {
    expect(scoreLimits(makeSystem({}))).toEqual({
      itemMin: 0,
      itemMax: 3,
      ceiling: null,
      reachableMax: 3,
      publishedMax: 3,
    })
  })

  it('caps the reachable maximum at a ceiling below the item sum (NESMS)', () => {
    const capped = makeSystem({
      ceiling: 2,
      bands: [{ min: 0, max: 2, label: 'all', interpretation: 'i' }],
    })
    expect(scoreLimits(capped)).toMatchObject({ itemMax: 3, ceiling: 2, reachableMax: 2 })
  })

  it('shows when the bands reach past what the items can give (an option missing, as Tomita)', () => {
    const short = makeSystem({
      bands: [
        { min: 0, max: 1, label: 'low', interpretation: 'i' },
        { min: 2, max: 5, label: 'high', interpretation: 'i' },
      ],
    })
    expect(scoreLimits(short)).toMatchObject({ reachableMax: 3, publishedMax: 5 })
  })

  it('has no published maximum for open-ended bands', () => {
    const open = makeSystem({ bands: [{ min: 0, max: null, label: 'any', interpretation: 'i' }] })
    expect(scoreLimits(open).publishedMax).toBeNull()
  })
})
