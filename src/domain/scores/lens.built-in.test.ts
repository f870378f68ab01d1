import { describe, expect, it } from 'vitest'
import { builtIn } from './built-in.test-helper'
import { EMPTY_SITUATION, matchTechniques, type Situation } from './lens'

// Hand-built situations against the built-in indication criteria (data/evidence.json, merged
// from the curation fragment indications.json). Each criterion cites its source in the data:
// a verbatim quote with the page it was seen on.
const at = (s: Partial<Situation>): Situation => ({ ...EMPTY_SITUATION, ...s })

/** technique id → ids of the criteria that matched, for the techniques that matched. */
function matched(s: Partial<Situation>): Record<string, string[]> {
  return Object.fromEntries(
    matchTechniques(builtIn.techniques, at(s)).map((m) => [
      m.technique.id,
      m.matches.map((c) => c.criterion.id),
    ]),
  )
}

describe('built-in indication criteria', () => {
  it('there are at least 14 criteria over at least 10 techniques, each with a quote ≤ 300 characters', () => {
    const withCriteria = builtIn.techniques.filter((t) => (t.indicationCriteria ?? []).length > 0)
    const criteria = withCriteria.flatMap((t) => t.indicationCriteria ?? [])
    expect(withCriteria.length).toBeGreaterThanOrEqual(10)
    expect(criteria.length).toBeGreaterThanOrEqual(14)
    for (const c of criteria) {
      expect(c.quote.length).toBeLessThanOrEqual(300)
      expect(c.quoteUrl).toMatch(/^https:\/\//)
      expect(c.studyId !== null || Boolean(c.guidelineId)).toBe(true)
    }
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length)
  })

  it('neurological deficit alone: corticosteroids (CCO 2012) and surgery for a neoplastic fracture (NASS 2025)', () => {
    expect(matched({ neurologicDeficit: true })).toEqual({
      'open-decompression-stabilisation': ['ods-deficit-nass'],
      'corticosteroids-mscc': ['cort-deficit-mescc'],
    })
  })

  it('no neurological deficit: SBRT over conventional radiotherapy (ASTRO 2024) for both SBRT schedules', () => {
    expect(matched({ neurologicDeficit: false })).toEqual({
      'sbrt-single-fraction': ['sbrt-sf-no-deficit-astro'],
      'sbrt-hypofractionated': ['sbrt-hf-no-deficit-astro'],
    })
  })

  it('cord compression (ESCC 2) of unknown histology: ASTRO 2024 on surgery, radiotherapy and dexamethasone', () => {
    const m = matched({ escc: '2' })
    expect(m['open-decompression-stabilisation']).toEqual(['ods-cord-compression-astro'])
    expect(m['separation-surgery']).toEqual(['sep-cord-compression-astro'])
    expect(m['cebrt-single-fraction']).toEqual(['cebrt-sf-cord-compression-astro'])
    expect(m['cebrt-multi-fraction']).toEqual(['cebrt-mf-cord-compression-astro'])
    expect(m['corticosteroids-mscc']).toEqual(['cort-cord-compression-with-rt'])
    // Postoperative radiotherapy is recommended by ASTRO for spines without cord compression only.
    expect(m['postoperative-sbrt']).toBeUndefined()
  })

  it('no cord compression (ESCC 1c): postoperative radiotherapy after surgery (ASTRO 2024)', () => {
    expect(matched({ escc: '1c' })).toEqual({
      'postoperative-sbrt': ['postop-rt-no-cord-compression-astro'],
    })
  })

  it('instability (SINS 13–18): NOMS stabilisation and NASS surgery, not vertebral augmentation', () => {
    const m = matched({ sins: { min: 14, max: 16 }, escc: '0', vertebralCollapse: true })
    expect(m['open-decompression-stabilisation']).toEqual(['ods-unstable-sins'])
    expect(m['percutaneous-pedicle-screw-stabilisation']).toEqual(['ppss-instability-nass'])
    expect(m['corpectomy-reconstruction']).toEqual(['corpectomy-instability-nass'])
    expect(m.vertebroplasty).toBeUndefined()
    expect(m['balloon-kyphoplasty']).toBeUndefined()
    // "12–15 so far" could still be 12: no instability criterion yet.
    expect(matched({ sins: { min: 12, max: 15 } })).toEqual({})
  })

  it('collapse without cord compression or instability: vertebroplasty or kyphoplasty (NICE CG75)', () => {
    const situation = { sins: { min: 9, max: 9 }, escc: '1b' as const, vertebralCollapse: true }
    const m = matched(situation)
    expect(m.vertebroplasty).toEqual(['vp-collapse-no-mscc-cg75'])
    expect(m['balloon-kyphoplasty']).toEqual(['bkp-collapse-no-mscc-cg75'])
    // Each condition is needed: no collapse, cord compression, unknown SINS or instability.
    expect(matched({ ...situation, vertebralCollapse: false }).vertebroplasty).toBeUndefined()
    expect(matched({ ...situation, escc: '2' }).vertebroplasty).toBeUndefined()
    expect(matched({ ...situation, sins: null }).vertebroplasty).toBeUndefined()
    expect(matched({ ...situation, sins: { min: 13, max: 13 } }).vertebroplasty).toBeUndefined()
  })

  it('radiosensitive tumour with cord compression: NOMS radiation plus ASTRO, never NOMS surgery', () => {
    const m = matched({ escc: '3', radiosensitivity: 'sensitive' })
    expect(m['cebrt-single-fraction']).toEqual([
      'cebrt-sf-radiosensitive',
      'cebrt-sf-cord-compression-astro',
    ])
    expect(m['separation-surgery']).toEqual(['sep-cord-compression-astro'])
    expect(m['open-decompression-stabilisation']).toEqual(['ods-cord-compression-astro'])
  })

  it('expected survival of at least 3 months: zoledronate or denosumab (ESMO 2020), not below', () => {
    // Revised Tokuhashi 9–11 and 12–15 give ≥ 6 and ≥ 12 months; 0–8 gives < 6 months.
    expect(matched({ expectedSurvivalMonths: { min: 6, max: null } })).toEqual({
      bisphosphonates: ['bp-survival-3m-esmo'],
      denosumab: ['dmab-survival-3m-esmo'],
    })
    expect(matched({ expectedSurvivalMonths: { min: null, max: 6 } })).toEqual({})
  })

  it('radioresistant tumour without significant compression: image-guided high-dose radiotherapy (NOMS)', () => {
    expect(matched({ escc: '1a', radiosensitivity: 'resistant' })).toEqual({
      'sbrt-single-fraction': ['srs-sf-resistant-low-escc'],
      'sbrt-hypofractionated': ['sbrt-hf-resistant-low-escc'],
      'postoperative-sbrt': ['postop-rt-no-cord-compression-astro'],
    })
  })
})
