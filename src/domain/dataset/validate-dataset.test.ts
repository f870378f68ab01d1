import { describe, expect, it } from 'vitest'
import { makeDataset, makeOutcome, makeStudy, makeTechnique } from '../testing/make-dataset'
import { formatPath, parseDataset, validateDataset } from './validate-dataset'

const paths = (json: unknown) => {
  const result = validateDataset(json)
  return result.ok ? [] : result.issues.map((issue) => issue.path)
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns typed records', () => {
    const result = validateDataset(makeDataset())
    expect(result).toMatchObject({ ok: true, dataset: { techniques: [{ name: 'Technique A' }] } })
  })

  it('reports a wrong type with its path', () => {
    const dataset = makeDataset({ studies: [makeStudy()] })
    const json = JSON.parse(JSON.stringify(dataset))
    json.studies[0].year = 'twenty ten'
    expect(paths(json)).toEqual(['studies[0].year'])
  })

  it('reports a missing required field with its path', () => {
    const json = JSON.parse(JSON.stringify(makeDataset()))
    delete json.techniques[0].name
    expect(paths(json)).toEqual(['techniques[0].name'])
  })

  it('reports a link with a non-https scheme', () => {
    const json = makeDataset({
      studies: [makeStudy({ sourceUrls: ['https://example.org/ok', 'javascript:alert(1)'] })],
    })
    const result = validateDataset(json)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: 'studies[0].sourceUrls[1]', message: 'links must be absolute https:// URLs' },
      ])
    }
  })

  it('reports duplicate ids, pointing at the second occurrence', () => {
    const json = makeDataset({ studies: [makeStudy(), makeStudy()] })
    const result = validateDataset(json)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: 'studies[1].id', message: 'duplicate id "alpha2010" (first used at studies[0])' },
      ])
    }
  })

  it.each([
    [
      'outcome → study',
      makeDataset({
        techniques: [
          makeTechnique({ outcomes: [makeOutcome(), makeOutcome({ studyId: 'smith2019' })] }),
        ],
      }),
      'techniques[0].outcomes[1].studyId',
      'no study with id "smith2019"',
    ],
    [
      'study → technique',
      makeDataset({ studies: [makeStudy({ techniqueIds: ['tech-a', 'ghost'] })] }),
      'studies[0].techniqueIds[1]',
      'no technique with id "ghost"',
    ],
    [
      'outcome → measure',
      makeDataset({
        techniques: [makeTechnique({ outcomes: [makeOutcome({ measureId: 'mood' })] })],
      }),
      'techniques[0].outcomes[0].measureId',
      'no outcome measure with id "mood"',
    ],
  ])('reports a dangling reference (%s)', (_label, json, path, message) => {
    const result = validateDataset(json)
    expect(result).toMatchObject({ ok: false, issues: expect.arrayContaining([{ path, message }]) })
  })

  it('lists every problem, not only the first', () => {
    const json = JSON.parse(JSON.stringify(makeDataset()))
    json.meta.version = 'one'
    json.techniques[0].areaId = 'magic'
    json.studies[0].levelOfEvidence = 9
    expect(paths(json).sort()).toEqual(
      ['meta.version', 'studies[0].levelOfEvidence', 'techniques[0].areaId'].sort(),
    )
  })
})

describe('parseDataset', () => {
  it('reports malformed JSON as a located issue instead of throwing', () => {
    const result = parseDataset('{"meta": ')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toHaveLength(1)
      expect(result.issues[0]?.path).toBe('(file)')
      expect(result.issues[0]?.message).toMatch(/^malformed JSON: /)
    }
  })

  it('reports a non-object document at the root', () => {
    expect(paths([])).toEqual(['(root)'])
  })
})

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['meta', 'title'], 'meta.title'],
    [['techniques', 3, 'outcomes', 1, 'studyId'], 'techniques[3].outcomes[1].studyId'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected)
  })
})
