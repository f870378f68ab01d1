import type { Dataset, Guideline, Outcome, Series, Study, Technique } from '../dataset/schema'

/**
 * Deterministic builders for tests. The content is fictional on purpose (ids like "tech-a",
 * authors like "Alpha"): fixtures must never look like real evidence.
 */
export function makeTechnique(overrides: Partial<Technique> = {}): Technique {
  return {
    id: 'tech-a',
    name: 'Technique A',
    aliases: ['TA'],
    areaId: 'radiation',
    subgroup: 'Group 1',
    summary: 'A fictional technique used in tests.',
    mechanism: 'Fictional mechanism.',
    firstReported: {
      year: 2000,
      studyId: null,
      citation: 'Fictional reference',
      url: null,
      verification: 'unverified',
    },
    invasiveness: 'non-invasive',
    setting: null,
    anaesthesia: null,
    indications: [],
    contraindications: [],
    advantages: [],
    limitations: [],
    complications: [],
    noms: ['oncologic'],
    outcomes: [],
    ...overrides,
  }
}

export function makeOutcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    measureId: 'pain-response',
    studyId: 'alpha2010',
    value: 50,
    valueText: '50%',
    comparator: null,
    comparatorValue: null,
    timepoint: '3 months',
    primaryEndpoint: false,
    verification: 'unverified',
    ...overrides,
  }
}

export function makeStudy(overrides: Partial<Study> = {}): Study {
  return {
    id: 'alpha2010',
    firstAuthor: 'Alpha A',
    year: 2010,
    title: 'A fictional study',
    journal: 'Journal of Tests',
    doi: '10.0000/fictional.1',
    pmid: null,
    design: 'rct',
    designDetail: null,
    patients: 100,
    population: null,
    intervention: null,
    comparator: null,
    primaryEndpoint: null,
    keyResults: [],
    techniqueIds: ['tech-a'],
    levelOfEvidence: 2,
    verification: 'unverified',
    sourceUrls: [],
    ...overrides,
  }
}

export function makeSeries(overrides: Partial<Series> = {}): Series {
  return {
    id: 'series-a',
    title: 'Fictional series',
    measure: 'Share of fictional courses',
    unit: '%',
    geography: 'Nowhere',
    database: null,
    areaId: 'radiation',
    tags: ['shorter-courses'],
    studyId: 'alpha2010',
    connectPoints: false,
    points: [
      { year: 2000, value: 10 },
      { year: 2010, value: 20 },
    ],
    verification: 'unverified',
    ...overrides,
  }
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    meta: {
      title: 'Test dataset',
      schemaVersion: 2,
      version: '0.0.1',
      lastReviewed: '2026-01-01',
      license: 'CC BY 4.0',
      citation: 'Test citation',
      evidenceScale: 'Oxford CEBM 2011',
      seedReview: {
        citation: 'Seed review',
        doi: '10.3389/fsurg.2021.626873',
        note: 'Framing only',
        statements: ['Statement'],
      },
    },
    areas: [
      { id: 'surgery', name: 'Surgical management', description: 'd' },
      { id: 'mit', name: 'Minimally invasive therapy', description: 'd' },
      { id: 'radiation', name: 'Radiation therapy', description: 'd' },
      { id: 'systemic', name: 'Systemic therapy', description: 'd' },
    ],
    outcomeMeasures: [
      { id: 'pain-response', name: 'Pain response', unit: '%', better: 'higher', description: 'd' },
    ],
    techniques: [makeTechnique({ outcomes: [makeOutcome()] })],
    studies: [makeStudy()],
    scoringSystems: [],
    series: [],
    milestones: [],
    guidelines: [],
    ...overrides,
  }
}

export function makeGuideline(overrides: Partial<Guideline> = {}): Guideline {
  return {
    id: 'guide-a',
    issuer: 'Fictional Society',
    title: 'A fictional guideline',
    year: 2020,
    url: 'https://example.org/guide-a',
    doi: null,
    pmid: null,
    scope: 'Fictional scope.',
    verification: 'unverified',
    recommendations: [
      {
        id: 'guide-a-r1',
        techniqueIds: ['tech-a'],
        statement: 'Offer technique A.',
        strength: 'Strong',
        certainty: null,
      },
    ],
    ...overrides,
  }
}
