import { readFileSync, writeFileSync } from 'node:fs'
import { csvHeaders } from '../src/domain/dataset/csv-import'
import type { Dataset, Study } from '../src/domain/dataset/schema'
import { toCsv } from '../src/domain/export/to-csv'

/**
 * Writes the two example files linked from the README and the "Open dataset" dialog, as small
 * subsets of the built-in dataset (so their content is real and sourced): `npm run examples`.
 */
const dataset: Dataset = JSON.parse(readFileSync('data/evidence.json', 'utf8'))
const keep = new Set(['vertebroplasty', 'balloon-kyphoplasty', 'sbrt-single-fraction'])
const techniques = dataset.techniques.filter((t) => keep.has(t.id))
const cited = new Set(
  techniques.flatMap((t) => [...t.outcomes.map((o) => o.studyId), t.firstReported.studyId ?? '']),
)
const studies = dataset.studies
  .filter((s) => cited.has(s.id))
  .map((s) => ({ ...s, techniqueIds: s.techniqueIds.filter((id) => keep.has(id)) }))
  .filter((s) => s.techniqueIds.length > 0)
const studyIds = new Set(studies.map((s) => s.id))
const example: Dataset = {
  ...dataset,
  meta: {
    ...dataset.meta,
    title: 'Example dataset (three techniques from the built-in dataset)',
    citation: `Example subset of: ${dataset.meta.citation}`,
  },
  techniques: techniques.map((t) => ({
    ...t,
    outcomes: t.outcomes.filter((o) => studyIds.has(o.studyId)),
    // Decision-aid criteria may cite studies left out of the subset.
    ...(t.indicationCriteria
      ? {
          indicationCriteria: t.indicationCriteria.filter(
            (c) => !c.studyId || studyIds.has(c.studyId),
          ),
        }
      : {}),
    firstReported: {
      ...t.firstReported,
      studyId:
        t.firstReported.studyId && studyIds.has(t.firstReported.studyId)
          ? t.firstReported.studyId
          : null,
    },
  })),
  studies,
  scoringSystems: [],
  series: [],
  milestones: [],
  // Guidelines keep only their recommendations about the three techniques.
  guidelines: dataset.guidelines
    .map((g) => ({
      ...g,
      recommendations: g.recommendations
        .map((r) => ({ ...r, techniqueIds: r.techniqueIds.filter((id) => keep.has(id)) }))
        .filter((r) => r.techniqueIds.length > 0),
    }))
    .filter((g) => g.recommendations.length > 0),
  radiosensitivity: (dataset.radiosensitivity ?? []).filter(
    (r) => !r.studyId || studyIds.has(r.studyId),
  ),
}
writeFileSync('public/examples/example-dataset.json', `${JSON.stringify(example, null, 2)}\n`)

const csvStudies = dataset.studies
  .filter((s) => s.design === 'rct' && s.verification === 'primary')
  .slice(0, 6)
const columns = csvHeaders('studies').map((header) => ({
  header,
  value: (study: Study) => {
    const value = study[header as keyof Study]
    return value === undefined ? null : (value as string | number | string[] | null)
  },
}))
writeFileSync('public/examples/example-studies.csv', toCsv(csvStudies, columns, { bom: false }))
console.log(
  `wrote ${example.techniques.length} techniques / ${studies.length} studies and ${csvStudies.length} CSV studies`,
)
