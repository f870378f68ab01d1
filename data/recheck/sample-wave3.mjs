// Wave-3 independent re-check sample: ceil(15%) of primary/secondary quoted numeric values in release 2.1.0
// that are NEW or CHANGED relative to release 2.0.0.
// Inputs: evidence-2.2.0-snapshot.json (copy of /work/main/data/evidence.json), evidence-2.1.0-snapshot.json
//         (copy of /work/main/data/releases/evidence-2.0.0.json).
// Outcome key: outcome|techniqueId|studyId|measureId|timepoint   (timepoint null -> "null")
//   When 2.1.0 holds several outcomes with the same 4-tuple, the key gets "#k" (k = 1-based occurrence in
//   outcomes[] order) for k >= 2, so keys stay unique.
//   NEW     = no 2.0.0 outcome with that 4-tuple.
//   CHANGED = the 4-tuple exists in 2.0.0 but no (not yet matched) 2.0.0 outcome with that 4-tuple has the same
//             value, verification and quote (multiset matching for duplicated tuples).
// Series key: series|seriesId|year. Tier = point.verification ?? series.verification.
//   NEW = (seriesId, year) absent in 2.0.0; CHANGED = value, quote or tier differ.
// Population filter (2.1.0): numeric value, tier primary/secondary, non-empty quote.
// Draw: sort keys (JS default string sort), partial Fisher-Yates with mulberry32(20261130), take ceil(0.15*N).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20261130;
const FRACTION = 0.15;
const NEW = JSON.parse(readFileSync(join(here, 'evidence-2.2.0-snapshot.json'), 'utf8'));
const OLD = JSON.parse(readFileSync(join(here, 'evidence-2.1.0-snapshot.json'), 'utf8'));
const TIERS = new Set(['primary', 'secondary']);
const tup = (t, o) => [t.id, o.studyId, o.measureId, o.timepoint ?? 'null'].join('|');

const oldOut = new Map();
for (const t of OLD.techniques) for (const o of t.outcomes || []) {
  const k = tup(t, o); if (!oldOut.has(k)) oldOut.set(k, []); oldOut.get(k).push({ o, used: false });
}
const oldPts = new Map();
for (const s of OLD.series) for (const p of s.points) oldPts.set(`${s.id}|${p.year}`, { ...p, tier: p.verification ?? s.verification });

const pop = new Map();
const stats = { outcomeNew: 0, outcomeChanged: 0, seriesNew: 0, seriesChanged: 0 };
for (const t of NEW.techniques) {
  const occ = {};
  (t.outcomes || []).forEach((o, i) => {
    const base = tup(t, o); occ[base] = (occ[base] || 0) + 1;
    const olds = oldOut.get(base);
    let status;
    if (!olds) status = 'new';
    else {
      const m = olds.find(x => !x.used && x.o.value === o.value && x.o.verification === o.verification && x.o.quote === o.quote);
      if (m) { m.used = true; status = 'unchanged'; } else status = 'changed';
    }
    if (status === 'unchanged') return;
    if (!(typeof o.value === 'number' && TIERS.has(o.verification) && o.quote)) return;
    const key = 'outcome|' + base + (occ[base] > 1 ? '#' + occ[base] : '');
    if (pop.has(key)) throw new Error('duplicate key ' + key);
    stats[status === 'new' ? 'outcomeNew' : 'outcomeChanged']++;
    const prev = olds ? olds.map(x => ({ value: x.o.value, verification: x.o.verification, quote: x.o.quote ?? null })) : null;
    pop.set(key, { kind: 'outcome', status, techniqueId: t.id, index: i, ...o, previous2_1_0: prev });
  });
}
for (const s of NEW.series) for (const p of s.points) {
  const tier = p.verification ?? s.verification;
  if (!(typeof p.value === 'number' && TIERS.has(tier) && p.quote)) continue;
  const op = oldPts.get(`${s.id}|${p.year}`);
  const status = !op ? 'new' : (op.value !== p.value || op.quote !== p.quote || op.tier !== tier) ? 'changed' : 'unchanged';
  if (status === 'unchanged') continue;
  const key = `series|${s.id}|${p.year}`;
  stats[status === 'new' ? 'seriesNew' : 'seriesChanged']++;
  pop.set(key, { kind: 'series', status, seriesId: s.id, studyId: s.studyId, seriesTitle: s.title, unit: s.unit,
    unitOfAnalysis: s.unitOfAnalysis, verification: tier, verificationSource: s.verificationSource, ...p,
    previous2_1_0: op ? { value: op.value, verification: op.tier, quote: op.quote ?? null } : null });
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
const studies = Object.fromEntries(NEW.studies.map(s => [s.id, s]));
for (const s of sample) {
  const st = studies[s.studyId];
  s.study = st ? { id: st.id, firstAuthor: st.firstAuthor, year: st.year, title: st.title, journal: st.journal, doi: st.doi, pmid: st.pmid,
    verification: st.verification, verificationSource: st.verificationSource, verificationNote: st.verificationNote, patients: st.patients } : null;
}
const out = { seed: SEED, prng: 'mulberry32', method: 'sorted keys; partial Fisher-Yates without replacement', fraction: FRACTION,
  populationSize: keys.length, sampleSize: n, source: 'evidence-2.2.0-snapshot.json vs evidence-2.1.0-snapshot.json',
  populationByStatus: stats, populationKeys: keys, sample };
writeFileSync(join(here, 'sample-wave3.json'), JSON.stringify(out, null, 2));
console.log(`population ${keys.length} ${JSON.stringify(stats)}, sample ${n}`);
