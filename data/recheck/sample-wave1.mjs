// Wave-1 independent re-check sample: 15% (rounded up) of primary/secondary quoted numeric values.
// Population source: evidence-snapshot.json (copy of /work/main/data/evidence.json).
// Keys: outcome|techniqueId|studyId|measureId|index (index = position in that technique's outcomes[])
//       series|seriesId|year
// Draw: sort keys (JS default string sort), then partial Fisher-Yates with mulberry32(20261130).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20261130;
const FRACTION = 0.15;
const d = JSON.parse(readFileSync(join(here, 'evidence-snapshot.json'), 'utf8'));
const TIERS = new Set(['primary', 'secondary']);

const pop = new Map();
for (const t of d.techniques) {
  (t.outcomes || []).forEach((o, i) => {
    if (typeof o.value === 'number' && TIERS.has(o.verification) && o.quote) {
      pop.set(`outcome|${t.id}|${o.studyId}|${o.measureId}|${i}`, { kind: 'outcome', techniqueId: t.id, index: i, ...o });
    }
  });
}
for (const s of d.series) {
  if (!TIERS.has(s.verification)) continue;
  for (const p of s.points) {
    if (!p.quote) continue;
    const key = `series|${s.id}|${p.year}`;
    if (pop.has(key)) throw new Error('duplicate key ' + key);
    pop.set(key, { kind: 'series', seriesId: s.id, studyId: s.studyId, seriesTitle: s.title, unit: s.unit,
      unitOfAnalysis: s.unitOfAnalysis, verification: s.verification, verificationSource: s.verificationSource, ...p });
  }
}

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const keys = [...pop.keys()].sort();
const n = Math.ceil(keys.length * FRACTION);
const rnd = mulberry32(SEED);
const arr = keys.slice();
for (let i = 0; i < n; i++) {            // partial Fisher-Yates: without replacement
  const j = i + Math.floor(rnd() * (arr.length - i));
  [arr[i], arr[j]] = [arr[j], arr[i]];
}
const drawn = arr.slice(0, n);
const sample = drawn.map((k, drawOrder) => ({ key: k, drawOrder, ...pop.get(k) })).sort((a, b) => a.key < b.key ? -1 : 1);
const studies = Object.fromEntries(d.studies.map(s => [s.id, s]));
for (const s of sample) {
  const st = studies[s.studyId];
  s.study = st ? { id: st.id, firstAuthor: st.firstAuthor, year: st.year, title: st.title, journal: st.journal, doi: st.doi, pmid: st.pmid,
    verification: st.verification, verificationSource: st.verificationSource, patients: st.patients } : null;
}
const out = { seed: SEED, prng: 'mulberry32', method: 'sorted keys; partial Fisher-Yates without replacement', fraction: FRACTION,
  populationSize: keys.length, sampleSize: n, source: 'evidence-snapshot.json',
  populationByKind: { outcome: keys.filter(k => k.startsWith('outcome|')).length, series: keys.filter(k => k.startsWith('series|')).length },
  sample };
writeFileSync(join(here, 'sample-wave1.json'), JSON.stringify(out, null, 2));
console.log(`population ${keys.length}, sample ${n}`);
