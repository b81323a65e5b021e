/**
 * A reviewed proposal as graph records: new nodes, known nodes with what the
 * article adds (an alias, a title), and every relationship with its article
 * and quote. Facts the reviewer left out, and meetings the text cannot date or
 * place, are not written.
 */
import { parsePartialDate } from '../../contract/dates';
import { meetingNode } from '../../contract/meeting-node';
import type { ArticleDoc, GraphData, MeetingNode } from '../../contract/model';
import type { Proposal, ProposedMeeting } from '../../contract/proposal';
import { TOPICS, topicNodeId } from '../../contract/topics';
import type { GraphStore } from '../../store/graph-store';
import { REGION_NAMES } from '../lexicon/topics';
import { nodeExists } from '../resolution/resolve';
import { AcceptError } from './accept-error';
import { graphRecords, type GraphRecords } from './graph-records';

const addUnique = (list: string[], value: string) => (list.some((v) => v.toLowerCase() === value.toLowerCase()) ? list : [...list, value]);

export async function proposalToGraph(proposal: Proposal, text: string, store: GraphStore, exclude: ReadonlySet<string> = new Set()): Promise<GraphData> {
  const { article } = proposal;
  if (!article.published || !article.precision) {
    throw new AcceptError('the article has no date: give one (--date, or the "date" field) before accepting', 'date');
  }
  const records = graphRecords(article.id);
  const doc: ArticleDoc = {
    id: article.id,
    title: article.title,
    published: article.published,
    precision: article.precision,
    ...(article.publisher ? { publisher: article.publisher } : {}),
    text,
  };
  records.nodes.set(article.id, {
    type: 'Article',
    id: article.id,
    label: article.title,
    title: article.title,
    published: article.published,
    precision: article.precision,
    ...(article.publisher ? { publisher: article.publisher } : {}),
  });

  const included = new Set<string>();
  await addOrganizations(proposal, store, exclude, included, records);
  await addPersons(proposal, store, exclude, included, records);
  for (const m of proposal.meetings) if (!exclude.has(m.key)) await addMeeting(m, proposal, store, included, records);
  // Known nodes referenced by edges need no record; new ones do, and were added above.
  return { nodes: [...records.nodes.values()], edges: [...records.edges.values()], articles: [doc] };
}

async function addOrganizations(proposal: Proposal, store: GraphStore, exclude: ReadonlySet<string>, included: Set<string>, records: GraphRecords) {
  for (const o of proposal.organizations) {
    if (exclude.has(o.key)) continue;
    included.add(o.key);
    const existing = o.status === 'known' ? await nodeExists(store, o.id) : null;
    if (existing?.type === 'Organization') {
      if (!existing.country && o.country) records.nodes.set(o.id, { ...existing, country: o.country });
    } else {
      records.nodes.set(o.id, {
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
    if (o.country && o.countryQuote) records.link('OF_COUNTRY', o.id, records.country(o.country), [o.countryQuote]);
  }
}

async function addPersons(proposal: Proposal, store: GraphStore, exclude: ReadonlySet<string>, included: Set<string>, records: GraphRecords) {
  for (const p of proposal.persons) {
    if (exclude.has(p.key)) continue;
    included.add(p.key);
    const existing = p.status === 'known' ? await nodeExists(store, p.id) : null;
    const base = existing?.type === 'Person' ? existing : { type: 'Person' as const, id: p.id, label: p.name, name: p.name, aliases: [], titles: [] };
    records.nodes.set(p.id, {
      ...base,
      // The article's spelling becomes an alias, so search finds the person by it next time.
      aliases: base.name.toLowerCase() === p.name.toLowerCase() ? base.aliases : addUnique(base.aliases, p.name),
      titles: p.title ? addUnique(base.titles, p.title) : base.titles,
    });
    const title = p.title ? { title: p.title } : {};
    if (p.represents && p.country) {
      records.link('REPRESENTS', p.id, records.country(p.country), [p.quote], title);
      continue;
    }
    for (const name of p.organizations ?? (p.organization ? [p.organization] : [])) {
      const org = proposal.organizations.find((o) => o.name === name && included.has(o.key));
      if (org) records.link('MEMBER_OF', p.id, org.id, [p.quote], title);
    }
  }
}

async function addMeeting(m: ProposedMeeting, proposal: Proposal, store: GraphStore, included: ReadonlySet<string>, records: GraphRecords) {
  const attendees = m.attendees.filter((a) => included.has(a.ref));
  // Without the counterpart the reviewer left out, the meeting would say someone met no one.
  if (attendees.length === 0 || (attendees.length < 2 && m.attendees.length >= 2)) return;
  if (m.status === 'new') {
    const meeting = newMeeting(m);
    if (!meeting) return;
    records.nodes.set(m.id, meeting);
  } else {
    const existing = await nodeExists(store, m.id);
    if (existing?.type === 'Meeting' && !existing.city && m.city) records.nodes.set(m.id, { ...existing, city: m.city });
  }
  for (const a of attendees) {
    const entity = proposal.persons.find((p) => p.key === a.ref) ?? proposal.organizations.find((o) => o.key === a.ref);
    if (entity) records.link('ATTENDED', entity.id, m.id, [a.quote], { role: a.role });
  }
  if (m.country && m.placeQuote) records.link('HELD_IN', m.id, records.country(m.country), [m.placeQuote]);
  records.link('REPORTED_IN', m.id, proposal.article.id, [m.quote, m.dateQuote, m.placeQuote]);
  for (const t of m.topicQuotes) {
    records.nodes.set(topicNodeId(t.id), { type: 'Topic', id: topicNodeId(t.id), label: TOPICS[t.id].en, nameFr: TOPICS[t.id].fr, nameEn: TOPICS[t.id].en });
    records.link('DISCUSSED', m.id, topicNodeId(t.id), [t.quote]);
  }
  for (const r of m.regionQuotes) {
    if (!(await nodeExists(store, r.id))) {
      const name = REGION_NAMES.get(r.id) ?? r.id;
      records.nodes.set(r.id, { type: 'Region', id: r.id, label: name, name, aliases: [] });
    }
    records.link('CONCERNED', m.id, r.id, [r.quote]);
  }
}

function newMeeting(m: ProposedMeeting): MeetingNode | null {
  const start = m.date ? parsePartialDate(m.date) : null;
  if (!start || !m.country) return null;
  const end = m.dateEnd ? parsePartialDate(m.dateEnd) : null;
  return meetingNode({ id: m.id, title: m.title, start, end, ...(m.city ? { city: m.city } : {}), country: m.country, kind: m.kind, summary: m.quote });
}
