import { readFileSync, writeFileSync } from 'node:fs'
import type { Dataset, Study, Technique } from '../src/domain/dataset/schema'

/**
 * Deterministic synthetic datasets in the project's schema, for the benchmark and the large-file
 * tests: `tsx scripts/generate-dataset.ts <techniques> <studies> <out.json> [seed]`.
 * Text lengths and facet cardinalities follow the built-in dataset; the content is obviously
 * synthetic ("Synthetic technique 123") and never meant as evidence.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'spinal metastasis vertebral fracture pain cement radiotherapy stereotactic decompression stabilisation ablation local control ambulation survival compression cord tumour epidural fraction dose outcome cohort randomised trial patients surgery percutaneous systemic therapy'.split(
    ' ',
  )

export function generateDataset(
  base: Dataset,
  techniqueCount: number,
  studyCount: number,
  seed = 42,
): Dataset {
  const random = mulberry32(seed)
  const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)] as T
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ')
  const areas = ['surgery', 'mit', 'radiation', 'systemic'] as const
  const invasiveness = [
    'non-invasive',
    'percutaneous',
    'minimally-invasive-surgery',
    'open-surgery',
    'systemic',
  ] as const
  const noms = ['neurologic', 'oncologic', 'mechanical', 'systemic'] as const
  const designs = ['rct', 'meta-analysis', 'prospective', 'retrospective', 'case-series'] as const
  const measures = base.outcomeMeasures.map((m) => m.id)

  const techniques: Technique[] = Array.from({ length: techniqueCount }, (_, i) => {
    const areaId = pick(areas)
    return {
      id: `t${i}`,
      name: `Synthetic technique ${i} ${words(2)}`,
      aliases: [`ST${i}`],
      areaId,
      subgroup: `Sub-group ${areaId} ${Math.floor(random() * 6)}`,
      summary: words(18),
      mechanism: words(25),
      firstReported: {
        year: 1950 + Math.floor(random() * 75),
        studyId: null,
        citation: 'Synthetic',
        url: null,
        verification: 'unverified',
      },
      invasiveness: pick(invasiveness),
      setting: null,
      anaesthesia: null,
      indications: [words(6), words(5)],
      contraindications: [words(5)],
      advantages: [words(6)],
      limitations: [words(6)],
      complications: [words(4)],
      noms: [pick(noms), pick(noms)].filter((v, k, list) => list.indexOf(v) === k),
      outcomes: [],
    }
  })
  const studies: Study[] = Array.from({ length: studyCount }, (_, i) => {
    const design = pick(designs)
    return {
      id: `s${i}`,
      firstAuthor: `Author${i % 977} ${String.fromCharCode(65 + (i % 26))}`,
      year: 1980 + Math.floor(random() * 46),
      title: `Synthetic study ${i}: ${words(12)}`,
      journal: `Journal ${Math.floor(random() * 40)}`,
      doi: `10.5555/synthetic.${i}`,
      pmid: null,
      design,
      designDetail: null,
      patients: random() < 0.1 ? null : 10 + Math.floor(random() * 2000),
      population: words(10),
      intervention: words(6),
      comparator: null,
      primaryEndpoint: words(4),
      keyResults: [words(12)],
      techniqueIds: techniqueCount > 0 ? [`t${Math.floor(random() * techniqueCount)}`] : [],
      levelOfEvidence: design === 'rct' ? 2 : design === 'meta-analysis' ? 1 : 4,
      verification: random() < 0.5 ? 'primary' : 'unverified',
      sourceUrls: [],
    }
  })
  // Outcomes on the first techniques so facets and the gap map have data.
  for (const [k, study] of studies
    .slice(0, Math.min(studies.length, techniqueCount * 2))
    .entries()) {
    const technique = techniques[Number(study.techniqueIds[0]?.slice(1))]
    if (!technique || k % 2) continue
    technique.outcomes.push({
      measureId: pick(measures),
      studyId: study.id,
      value: Math.round(random() * 1000) / 10,
      valueText: 'synthetic',
      comparator: null,
      comparatorValue: null,
      timepoint: '3 months',
      primaryEndpoint: false,
      verification: study.verification,
    })
  }
  return {
    ...base,
    meta: {
      ...base.meta,
      schemaVersion: 2,
      title: `Synthetic dataset (${techniqueCount} techniques, ${studyCount} studies)`,
    },
    techniques,
    studies: studies.filter((s) => s.techniqueIds.length > 0),
    scoringSystems: [],
    series: [],
    milestones: [],
    guidelines: [],
    // The base's radiosensitivity list cites base studies, which are not in a synthetic dataset.
    radiosensitivity: [],
  }
}

if (process.argv[1]?.endsWith('generate-dataset.ts')) {
  const [techniques = '1000', studies = '1000', out = 'bench/out/synthetic.json', seed = '42'] =
    process.argv.slice(2)
  const base: Dataset = JSON.parse(readFileSync('data/evidence.json', 'utf8'))
  writeFileSync(
    out,
    JSON.stringify(generateDataset(base, Number(techniques), Number(studies), Number(seed))),
  )
  console.log(`wrote ${out}`)
}
