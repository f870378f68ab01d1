/**
 * The columns of the editable CSV, in order: the schema's fields, nested ones dotted. A plain
 * list, so the export does not load zod into the page (zod probes `new Function` when a schema is
 * built, which the Content-Security-Policy reports as a violation). `csv-fields.test.ts` fails
 * when it drifts from `csvHeaders`, which reads the schema.
 */
export const EDITABLE_COLUMNS = {
  techniques: [
    'id',
    'name',
    'aliases',
    'areaId',
    'subgroup',
    'summary',
    'mechanism',
    'firstReported.year',
    'firstReported.studyId',
    'firstReported.citation',
    'firstReported.url',
    'firstReported.verification',
    'firstReported.note',
    'invasiveness',
    'setting',
    'anaesthesia',
    'indications',
    'contraindications',
    'advantages',
    'limitations',
    'complications',
    'noms',
  ],
  studies: [
    'id',
    'firstAuthor',
    'year',
    'title',
    'journal',
    'doi',
    'pmid',
    'design',
    'designDetail',
    'patients',
    'population',
    'intervention',
    'comparator',
    'primaryEndpoint',
    'keyResults',
    'techniqueIds',
    'levelOfEvidence',
    'verification',
    'verificationNote',
    'sourceUrls',
  ],
} as const satisfies Record<'techniques' | 'studies', ReadonlyArray<string>>
