/**
 * A reviewed proposal as graph records: new nodes, known nodes with what the
 * article adds (an alias, a title), and every relationship with its article
 * and quote. Facts the reviewer left out, and meetings the text cannot date or
 * place, are not written.
 */
import { countryNames } from '../../graph-seed/countries';
import { parsePartialDate } from '../contract/dates';
import { meetingNode } from '../contract/meeting-node';
import {
  edgeId,
  type ArticleDoc,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type MeetingNode,
  type RelType,
  type Source,
} from '../contract/model';
import type { Proposal } from '../contract/proposal';
import { TOPICS, topicNodeId } from '../contract/topics';
import type { GraphStore } from '../store/graph-store';
import { REGION_NAMES } from './lexicon/topics';
import { nodeExists } from './resolve';

export class AcceptError extends Error {
  override readonly name = 'AcceptError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const addUnique = (list: string[], value: string) => (list.some((v) => v.toLowerCase() === value.toLowerCase()) ? list : [...list, value]);

export async function proposalToGraph(proposal: Proposal, text: string, store: GraphStore, exclude: ReadonlySet<string> = new Set()): Promise<GraphData> {
  const { article } = proposal;
  if (!article.published || !article.precision) {
    throw new AcceptError('the article has no date: give one (--date, or the "date" field) before accepting', 'date');
  }
  const articleId = article.id;
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const src = (quote: string): Source => ({ articleId, quote });
  const link = (type: RelType, source: string, target: string, quotes: (string | undefined)[], extra: Partial<GraphEdge> = {}) => {
    const sources = [...new Set(quotes.filter((q): q is string => !!q))].map(src);
    if (sources.length === 0) return;
    const id = edgeId(type, source, target);
    const known = edges.get(id);
    if (!known) {
      edges.set(id, { id, type, source, target, ...extra, sources });
      return;
    }
    for (const s of sources) if (!known.sources.some((k) => k.quote === s.quote)) known.sources.push(s);
  };
  const ensureCountry = (code: string) => {
    const names = countryNames(code);
    nodes.set(`country:${code}`, { type: 'Country', id: `country:${code}`, label: names.fr, code, nameFr: names.fr, nameEn: names.en });
    return `country:${code}`;
  };

  const doc: ArticleDoc = {
    id: articleId,
    title: article.title,
    published: article.published,
    precision: article.precision,
    ...(article.publisher ? { publisher: article.publisher } : {}),
    text,
  };
  nodes.set(articleId, {
    type: 'Article',
    id: articleId,
    label: article.title,
    title: article.title,
    published: article.published,
    precision: article.precision,
    ...(article.publisher ? { publisher: article.publisher } : {}),
  });

  const included = new Set<string>();
  for (const o of proposal.organizations) {
    if (exclude.has(o.key)) continue;
    included.add(o.key);
    const existing = o.status === 'known' ? await nodeExists(store, o.id) : null;
    if (existing?.type === 'Organization') {
      if (!existing.country && o.country) nodes.set(o.id, { ...existing, country: o.country });
    } else {
      nodes.set(o.id, {
        type: 'Organization',
        id: o.id,
        label: o.acronym ?? o.name,
        name: o.name,
        aliases: [],
        kind: o.kind,
        ...(o.acronym ? { acronym: o.acronym } : {}),
        ...(o.country ? { country: o.country } : {}),
      });
    }
    if (o.country && o.countryQuote) link('OF_COUNTRY', o.id, ensureCountry(o.country), [o.countryQuote]);
  }

  for (const p of proposal.persons) {
    if (exclude.has(p.key)) continue;
    included.add(p.key);
    const existing = p.status === 'known' ? await nodeExists(store, p.id) : null;
    const base = existing?.type === 'Person' ? existing : { type: 'Person' as const, id: p.id, label: p.name, name: p.name, aliases: [], titles: [] };
    nodes.set(p.id, {
      ...base,
      // The article's spelling becomes an alias, so search finds the person by it next time.
      aliases: base.name.toLowerCase() === p.name.toLowerCase() ? base.aliases : addUnique(base.aliases, p.name),
      titles: p.title ? addUnique(base.titles, p.title) : base.titles,
    });
    if (p.represents && p.country) {
      link('REPRESENTS', p.id, ensureCountry(p.country), [p.quote], p.title ? { title: p.title } : {});
    } else {
      for (const name of p.organizations ?? (p.organization ? [p.organization] : [])) {
        const org = proposal.organizations.find((o) => o.name === name && included.has(o.key));
        if (org) link('MEMBER_OF', p.id, org.id, [p.quote], p.title ? { title: p.title } : {});
      }
    }
  }

  for (const m of proposal.meetings) {
    if (exclude.has(m.key)) continue;
    const attendees = m.attendees.filter((a) => included.has(a.ref));
    // Without the counterpart the reviewer left out, the meeting would say someone met no one.
    if (attendees.length === 0 || (attendees.length < 2 && m.attendees.length >= 2)) continue;
    if (m.status === 'new') {
      const meeting = newMeeting(m);
      if (!meeting) continue;
      nodes.set(m.id, meeting);
    } else {
      const existing = await nodeExists(store, m.id);
      if (existing?.type === 'Meeting' && !existing.city && m.city) nodes.set(m.id, { ...existing, city: m.city });
    }
    for (const a of attendees) {
      const entity = proposal.persons.find((p) => p.key === a.ref) ?? proposal.organizations.find((o) => o.key === a.ref);
      if (entity) link('ATTENDED', entity.id, m.id, [a.quote], { role: a.role });
    }
    if (m.country && m.placeQuote) link('HELD_IN', m.id, ensureCountry(m.country), [m.placeQuote]);
    link('REPORTED_IN', m.id, articleId, [m.quote, m.dateQuote, m.placeQuote]);
    for (const t of m.topicQuotes) {
      nodes.set(topicNodeId(t.id), { type: 'Topic', id: topicNodeId(t.id), label: TOPICS[t.id].en, nameFr: TOPICS[t.id].fr, nameEn: TOPICS[t.id].en });
      link('DISCUSSED', m.id, topicNodeId(t.id), [t.quote]);
    }
    for (const r of m.regionQuotes) {
      if (!(await nodeExists(store, r.id))) {
        const name = REGION_NAMES.get(r.id) ?? r.id;
        nodes.set(r.id, { type: 'Region', id: r.id, label: name, name, aliases: [] });
      }
      link('CONCERNED', m.id, r.id, [r.quote]);
    }
  }
  // Known nodes referenced by edges need no record; new ones do, and were added above.
  return { nodes: [...nodes.values()], edges: [...edges.values()], articles: [doc] };
}

function newMeeting(m: Proposal['meetings'][number]): MeetingNode | null {
  const start = m.date ? parsePartialDate(m.date) : null;
  if (!start || !m.country) return null;
  const end = m.dateEnd ? parsePartialDate(m.dateEnd) : null;
  return meetingNode({ id: m.id, title: m.title, start, end, ...(m.city ? { city: m.city } : {}), country: m.country, kind: m.kind, summary: m.quote });
}
