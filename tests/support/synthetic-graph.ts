/**
 * A seeded synthetic graph shaped like the real one: people in agencies of
 * countries, meetings with skewed attendance (a few hubs such as a national
 * police chief attend a large share), topics, regions, articles with quotes.
 * The same seed always gives the same graph, so two processes can build it.
 */
import {
  ATTENDANCE_ROLES,
  MEETING_KINDS,
  ORGANIZATION_KINDS,
  edgeId,
  type ArticleDoc,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type RelType,
} from '../../server/contract/model';
import { seededRandom } from '../../server/analysis/seeded-random';
import { TOPICS, TOPIC_IDS, topicNodeId } from '../../server/contract/topics';

/** Seeded draws for test data, on the analysis's own generator (one mulberry32 in the tree). */
export function random(seed: number) {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  /** Index in [0, n), log-uniform: low ranks take most draws, as hubs do (s > 1 skews further). */
  const zipf = (n: number, s = 1.1) => Math.min(n - 1, Math.floor(n ** next() ** s) - 1);
  return { next, int, pick, zipf };
}

const FIRST = ['Abdel', 'Amina', 'Eric', 'Francisca', 'Alex', 'Branly', 'Avril', 'William', 'Christopher', 'Karim', 'Leila', 'Jonas', 'Marta', 'Pablo', 'Ines', 'Youssef', 'Sofia', 'Hans', 'Claire', 'Omar', 'Nadia', 'Pieter', 'Elena', 'Moussa', 'Fatou', 'Lars', 'Anke', 'Rachid', 'Salma', 'Diego'];
const LAST_SYLLABLES = ['ham', 'mou', 'chi', 'sno', 'ek', 'bos', 'tyn', 'pin', 'field', 'ou', 'po', 'lo', 'hai', 'nes', 'bur', 'ray', 'wra', 'ben', 'ali', 'gar', 'cia', 'mul', 'ler', 'dia', 'llo', 'ken', 'tar', 'zi', 'ro', 'va'];
const CITIES = ['Rabat', 'Bruxelles', 'Madrid', 'Berlin', 'Washington', 'Paris', 'Lisbonne', 'Dakar', 'Abu Dhabi', 'Londres', 'Rome', 'Tunis', 'Nouakchott', 'Libreville', 'Kuala Lumpur'];
const COUNTRY_CODES = ['MA', 'BE', 'ES', 'DE', 'US', 'GB', 'GA', 'MY', 'FR', 'PT', 'IT', 'SN', 'TN', 'MR', 'AE', 'NL', 'CA', 'QA', 'SA', 'EG'];
const QUOTES = [
  'a tenu des séances de travail et des entretiens bilatéraux',
  'les défis et menaces sécuritaires émanant de groupes terroristes',
  'la lutte contre le crime organisé et le terrorisme',
  'le renforcement de la coopération dans le domaine sécuritaire',
  'a accueilli ce lundi matin à Rabat',
  'une réunion tripartite entre les directeurs généraux',
  'la lutte contre le blanchiment d’argent',
  'les crimes liés aux nouvelles technologies',
];

function surname(rng: ReturnType<typeof random>): string {
  const parts = 2 + rng.int(2);
  let name = '';
  for (let i = 0; i < parts; i++) name += rng.pick(LAST_SYLLABLES);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function misspell(rng: ReturnType<typeof random>, name: string): string {
  const i = 1 + rng.int(name.length - 2);
  return name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
}

export interface SyntheticGraph extends GraphData {
  personIds: string[];
  hubIds: string[];
  names: string[];
}

export function syntheticGraph(totalNodes: number, seed = 42): SyntheticGraph {
  const rng = random(seed);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const articles: ArticleDoc[] = [];
  const edgeKeys = new Set<string>();
  const link = (type: RelType, source: string, target: string, articleId: string, extra: Partial<GraphEdge> = {}) => {
    const id = edgeId(type, source, target);
    if (edgeKeys.has(id)) return;
    edgeKeys.add(id);
    edges.push({ id, type, source, target, ...extra, sources: [{ articleId, quote: rng.pick(QUOTES) }] });
  };

  const counts = {
    person: Math.round(totalNodes * 0.25),
    org: Math.round(totalNodes * 0.06),
    agreement: Math.round(totalNodes * 0.01),
    article: Math.round(totalNodes * 0.2),
  };
  const fixed = COUNTRY_CODES.length + TOPIC_IDS.length + 4;
  const meetingCount = totalNodes - fixed - counts.person - counts.org - counts.agreement - counts.article;

  for (const code of COUNTRY_CODES) nodes.push({ type: 'Country', id: `country:${code}`, label: code, code, nameFr: code, nameEn: code });
  for (const topic of TOPIC_IDS) {
    nodes.push({ type: 'Topic', id: topicNodeId(topic), label: TOPICS[topic].en, nameFr: TOPICS[topic].fr, nameEn: TOPICS[topic].en });
  }
  const regions = ['Sahel', 'Sahara', 'Moyen-Orient', 'Europe'].map((name) => `region:${name.toLowerCase()}`);
  regions.forEach((id, i) => nodes.push({ type: 'Region', id, label: id.slice(7), name: ['Sahel', 'Sahara', 'Moyen-Orient', 'Europe'][i]!, aliases: [] }));

  const articleIds: string[] = [];
  for (let i = 0; i < counts.article; i++) {
    const id = `article:${i}`;
    const year = 2018 + rng.int(9);
    const published = `${year}-${String(1 + rng.int(12)).padStart(2, '0')}`;
    const title = `Coopération sécuritaire ${rng.pick(CITIES)} ${i}`;
    articleIds.push(id);
    nodes.push({ type: 'Article', id, label: title, title, published, precision: 'month' });
    articles.push({ id, title, published, precision: 'month', text: `${title}. ${QUOTES.join('. ')}.` });
  }

  const orgIds: string[] = [];
  for (let i = 0; i < counts.org; i++) {
    const id = `org:${i}`;
    const country = rng.pick(COUNTRY_CODES);
    const acronym = `D${String.fromCharCode(65 + rng.int(26))}${String.fromCharCode(65 + rng.int(26))}${i % 100}`;
    orgIds.push(id);
    nodes.push({ type: 'Organization', id, label: acronym, name: `Direction générale ${surname(rng)}`, acronym, aliases: [], kind: rng.pick(ORGANIZATION_KINDS), country });
    link('OF_COUNTRY', id, `country:${country}`, rng.pick(articleIds));
    if (i > 10 && rng.next() < 0.3) link('PART_OF', id, orgIds[rng.int(i)]!, rng.pick(articleIds));
  }

  const personIds: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < counts.person; i++) {
    const id = `person:${i}`;
    const name = `${rng.pick(FIRST)} ${surname(rng)}`;
    personIds.push(id);
    names.push(name);
    nodes.push({ type: 'Person', id, label: name, name, aliases: rng.next() < 0.1 ? [misspell(rng, name)] : [], titles: ['Directeur général'] });
    const memberships = 1 + (rng.next() < 0.3 ? 1 : 0);
    for (let m = 0; m < memberships; m++) link('MEMBER_OF', id, orgIds[rng.zipf(orgIds.length)]!, rng.pick(articleIds), { title: 'Directeur' });
    if (rng.next() < 0.04) link('REPRESENTS', id, `country:${rng.pick(COUNTRY_CODES)}`, rng.pick(articleIds), { title: 'Ambassadeur' });
  }
  // The first persons are the hubs, like Hammouchi in the real graph.
  const hubIds = personIds.slice(0, 10);

  const agreementIds: string[] = [];
  for (let i = 0; i < counts.agreement; i++) {
    const id = `agreement:${i}`;
    agreementIds.push(id);
    nodes.push({ type: 'Agreement', id, label: `Plan d'action ${i}`, name: `Plan d'action ${i}` });
  }

  for (let i = 0; i < meetingCount; i++) {
    const id = `meeting:${i}`;
    const year = 2018 + rng.int(9);
    const month = String(1 + rng.int(12)).padStart(2, '0');
    const day = String(1 + rng.int(28)).padStart(2, '0');
    const date = `${year}-${month}-${day}`;
    const country = rng.pick(COUNTRY_CODES);
    const city = rng.pick(CITIES);
    nodes.push({
      type: 'Meeting', id, label: `${city} · ${date}`, date, precision: 'day', dateFrom: date, dateTo: date, year,
      city, country, kind: rng.pick(MEETING_KINDS), summary: `Meeting ${i} in ${city}`,
    });
    const article = rng.pick(articleIds);
    link('REPORTED_IN', id, article, article);
    if (rng.next() < 0.3) link('REPORTED_IN', id, rng.pick(articleIds), article);
    link('HELD_IN', id, `country:${country}`, article);
    const attendees = 2 + rng.int(5);
    if (rng.next() < 0.3) link('ATTENDED', rng.pick(hubIds), id, article, { role: 'host' });
    for (let a = 0; a < attendees; a++) {
      const attendee = rng.next() < 0.85 ? personIds[rng.zipf(personIds.length, 1.05)]! : orgIds[rng.int(orgIds.length)]!;
      link('ATTENDED', attendee, id, article, { role: rng.pick(ATTENDANCE_ROLES) });
    }
    const topics = 1 + rng.int(4);
    for (let t = 0; t < topics; t++) link('DISCUSSED', id, topicNodeId(rng.pick(TOPIC_IDS)), article);
    if (rng.next() < 0.4) link('CONCERNED', id, rng.pick(regions), article);
    if (agreementIds.length > 0 && rng.next() < 0.02) link('PRODUCED', id, rng.pick(agreementIds), article);
  }

  return { nodes, edges, articles, personIds, hubIds, names };
}
