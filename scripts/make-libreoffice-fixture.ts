import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dataset } from '../src/domain/dataset/schema'
import { editableCsv } from '../src/domain/export/editable-csv'

/**
 * Rebuilds e2e/fixtures/studies-edited-in-libreoffice.csv: the editable Studies CSV of the
 * built-in dataset (what "Editable CSV" downloads for all studies), opened in LibreOffice Calc,
 * two cells edited (scripts/fixtures/libreoffice-edit.py), saved as CSV by Calc. Rerun after the
 * built-in dataset changes: `npx tsx scripts/make-libreoffice-fixture.ts`.
 * Needs `apt-get install libreoffice-calc-nogui python3-uno`.
 */
const dataset: Dataset = JSON.parse(readFileSync('data/evidence.json', 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'libreoffice-fixture-'))
const exported = join(work, 'spinal-metastases-studies.editable.csv')
writeFileSync(exported, editableCsv('studies', dataset.studies, { bom: true }))
const output = 'e2e/fixtures/studies-edited-in-libreoffice.csv'
execFileSync(
  '/usr/bin/python3',
  [
    'scripts/fixtures/libreoffice-edit.py',
    exported,
    join(process.cwd(), output),
    join(work, 'profile'),
  ],
  { stdio: 'inherit' },
)
console.log(`wrote ${output}`)
