import { describe, expect, it } from 'vitest'
import { makeDataset, makeStudy } from '../testing/make-dataset'
import { changelogSection, checkChangelog, previousRelease, releaseVersion } from './changelog'
import { diffCsv } from './diff-csv'
import { diffDatasets } from './diff-datasets'

const before = makeDataset()
const after = makeDataset({
  meta: { ...before.meta, version: '0.1.0' },
  studies: [makeStudy({ patients: 90 }), makeStudy({ id: 'beta2012' })],
})
const diff = diffDatasets(before, after)
const markdown = [
  '# Changelog',
  '',
  '## [0.1.0] - 2026-12-01',
  '',
  '- Added `study:beta2012`.',
  '',
  '## [0.0.1] - 2026-11-01',
  '',
  '- `study:alpha2010` first release.',
].join('\n')

describe('changelog check', () => {
  it('finds a release section by version', () => {
    expect(changelogSection(markdown, '0.1.0')).toContain('study:beta2012')
    expect(changelogSection(markdown, '0.1.0')).not.toContain('alpha2010')
    expect(changelogSection(markdown, '9.9.9')).toBeNull()
  })

  it('fails a changed record the section does not name', () => {
    const check = checkChangelog(diff, changelogSection(markdown, '0.1.0') ?? '')
    expect(check.unmentioned.map((c) => c.id)).toEqual(['alpha2010'])
    expect(check.unmatched).toEqual([])
  })

  it('accepts groups ending in * and reports references that match nothing', () => {
    const check = checkChangelog(diff, '- `study:*` patients corrected; `technique:nope`')
    expect(check.unmentioned).toEqual([])
    expect(check.unmatched).toEqual(['technique:nope'])
  })

  it('picks the newest release older than the current version', () => {
    expect(previousRelease(['1.0.0', '2.0.0', '1.10.0'], '2.0.0')).toBe('1.10.0')
    expect(previousRelease(['1.0.0'], '1.0.0')).toBeNull()
    expect(releaseVersion('data/releases/evidence-1.2.3.json')).toBe('1.2.3')
  })
})

describe('diffCsv', () => {
  it('writes one row per changed field and one per added record', () => {
    const lines = diffCsv(diff, diff.changes, false).trim().split('\r\n')
    expect(lines[0]).toBe(
      'From version,To version,Record type,Record id,Record,Change,Areas,Field,Before,After',
    )
    expect(lines.slice(1)).toEqual([
      '0.0.1,0.1.0,Study,beta2012,Alpha A 2010: A fictional study,added,radiation,,,',
      '0.0.1,0.1.0,Study,alpha2010,Alpha A 2010: A fictional study,changed,radiation,patients,100,90',
    ])
  })
})
