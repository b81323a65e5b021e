/**
 * `npm run eval:ingest`: ingests the five seed articles into a graph that
 * holds none of their facts (an empty embedded store), in order, accepting
 * each so later articles resolve against earlier ones — as a researcher
 * would — and compares every proposal with the curated seed graph.
 * Prints a table, what was missed or added, and a JSON last line.
 */
import { loadSeed } from '../../../graph-seed/load';
import { createMemoryStore } from '../../store/memory/memory-store';
import { acceptArticle } from '../acceptance/accept';
import { proposeFacts } from '../proposal/propose';
import { nameSimilarity } from '../resolution/resolve';
import { AcceptError } from '../acceptance/accept-error';
import { goldArticles } from './gold';
import { FIELDS, f1, scoreArticle, type Counts, type Field } from './score';

const TARGETS: Record<Field, number> = { persons: 0.9, organizations: 0.8, countries: 0.9, 'meeting dates': 0.9, topics: 0.8 };

const store = createMemoryStore();
const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
/** Gold person name → the id the graph gave them when an earlier article introduced them. */
const introduced = new Map<string, string>();
let laterMentions = 0;
let resolved = 0;
const started = performance.now();

for (const gold of goldArticles(loadSeed())) {
  const proposal = await proposeFacts(gold.text, store);
  const { counts, notes } = scoreArticle(proposal, gold);
  for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn'] as const) totals[f][k] += counts[f][k];

  for (const person of proposal.persons) {
    const g = gold.persons.find((x) => [x.name, ...x.aliases].some((n) => nameSimilarity(person.name, n) >= 0.9));
    if (!g) continue;
    const earlier = introduced.get(g.name);
    if (earlier) {
      laterMentions += 1;
      if (person.status === 'known' && person.id === earlier) resolved += 1;
      else notes.push(`resolution: "${person.name}" should be ${earlier}, got ${person.id} (${person.status})`);
    }
  }
  console.log(`${gold.articleId}: ${proposal.persons.length} people, ${proposal.organizations.length} agencies, ${proposal.meetings.length} meetings`);
  for (const n of notes) console.log(`  - ${n}`);

  try {
    const accepted = await acceptArticle(store, gold.text);
    for (const person of accepted.proposal.persons) {
      const g = gold.persons.find((x) => [x.name, ...x.aliases].some((n) => nameSimilarity(person.name, n) >= 0.9));
      if (g && !introduced.has(g.name)) introduced.set(g.name, person.id);
    }
  } catch (error) {
    if (!(error instanceof AcceptError)) throw error;
    console.log(`  (not accepted into the evaluation graph: ${error.message})`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log('');
console.log(`${'field'.padEnd(15)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'target'.padStart(7)}   tp  fp  fn`);
const result: Record<string, { precision: number; recall: number; f1: number; target: number; met: boolean }> = {};
for (const field of FIELDS) {
  const s = f1(totals[field]);
  const met = s.f1 >= TARGETS[field];
  result[field] = { ...s, target: TARGETS[field], met };
  const { tp, fp, fn } = totals[field];
  console.log(
    `${field.padEnd(15)} ${pct(s.precision).padStart(9)} ${pct(s.recall)} ${pct(s.f1)} ${`≥${TARGETS[field]}`.padStart(7)} ${met ? '✓' : '✗'} ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}`,
  );
}
console.log(`resolution: ${resolved} of ${laterMentions} later mentions of a person resolved to the entity an earlier article created`);
console.log(`took ${Math.round(performance.now() - started)} ms`);
console.log(JSON.stringify({ fields: result, resolution: { resolved, of: laterMentions } }));
