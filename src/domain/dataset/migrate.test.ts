import { describe, expect, it } from 'vitest'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { validateAnyFormat as validateDataset } from './load-dataset'
import { emptyReport, migrateDataset, migrationMessages, upgradeRecords } from './migrate'

/** A format 1 file: no schemaVersion, no guidelines, no primaryEndpoint, "verified" flags. */
function formatOne() {
  const dataset = makeDataset({
    techniques: [
      makeTechnique({
        outcomes: [makeOutcome({ verification: 'primary' }), makeOutcome({ value: null })],
      }),
    ],
    studies: [makeStudy({ verification: 'primary' }), makeStudy({ id: 'beta2011' })],
  })
  const json = JSON.parse(JSON.stringify(dataset))
  delete json.meta.schemaVersion
  delete json.guidelines
  json.studies[0].verification = 'verified'
  for (const outcome of json.techniques[0].outcomes) delete outcome.primaryEndpoint
  json.techniques[0].outcomes[0].verification = 'verified'
  return json
}

describe('reading format 1', () => {
  it('maps verified → primary and unverified → unverified, and reports each mapping', () => {
    const input = formatOne()
    const result = validateDataset(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.meta.schemaVersion).toBe(2)
    expect(result.dataset.guidelines).toEqual([])
    expect(result.dataset.studies.map((s) => s.verification)).toEqual(['primary', 'unverified'])
    expect(result.dataset.techniques[0]?.outcomes.map((o) => o.primaryEndpoint)).toEqual([
      false,
      false,
    ])
    expect(result.migration).toMatchObject({
      verifiedToPrimary: ['studies[0].verification', 'techniques[0].outcomes[0].verification'],
      unverifiedKept: 3,
      primaryEndpointAdded: 2,
      withoutQuote: 1,
      guidelinesAdded: true,
    })
    // The input is not modified (it may be the caller's object).
    expect(input.studies[0].verification).toBe('verified')
  })

  it('says in words what was read how', () => {
    const result = validateDataset(formatOne())
    if (!result.ok || !result.migration) throw new Error('expected a migrated dataset')
    expect(migrationMessages(result.migration)).toEqual([
      '2 “verified” flags were read as “primary” (format 1 did not record which source was seen, nor quote it).',
      '3 “unverified” flags stay “unverified”.',
      '2 outcomes are shown as not being a primary endpoint (format 1 did not mark primary endpoints).',
      '1 value has no quote from its source (format 1 kept none).',
      'There are no guideline records (format 1 had none).',
    ])
  })

  it('leaves format 2 files alone', () => {
    const dataset = makeDataset()
    expect(migrateDataset(dataset)).toEqual({ json: dataset, report: null })
    const result = validateDataset(dataset)
    expect(result.ok && result.migration).toBe(null)
  })

  it('never throws on odd shapes', () => {
    for (const odd of [null, 3, 'x', [], { meta: 1 }, { meta: {}, studies: 'no', techniques: [1] }])
      expect(() => validateDataset(odd)).not.toThrow()
  })

  it('upgrades the v1 values left in a partly converted fragment', () => {
    const fragment = {
      studies: [{ verification: 'verified' }, { verification: 'secondary' }],
      series: [
        { verification: 'unverified', unitOfAnalysis: 'patients' },
        { verification: 'verified' },
      ],
    }
    const report = emptyReport()
    upgradeRecords(fragment, report)
    expect(fragment.studies.map((s) => s.verification)).toEqual(['primary', 'secondary'])
    expect(report.verifiedToPrimary).toEqual(['studies[0].verification', 'series[1].verification'])
    expect(report.seriesWithoutUnit).toBe(1)
  })
})
