/**
 * Turns the curated files into graph records, checking every fact: each id it
 * references is defined, each quote is found verbatim in its article (and not
 * in page furniture), each date is well-formed, each topic is in the vocabulary.
 * Pure: reads nothing, so it is tested on small in-memory datasets.
 */
import {
  edgeId,
  type ArticleDoc,
  type AttendanceRole,
  type GraphData,
  type GraphEdge,
  type GraphNode,
  type MeetingKind,
  type MeetingNode,
  type RelType,
  type Source,
} from '../server/contract/model';
import { parsePartialDate } from '../server/contract/dates';
import { meetingNode } from '../server/contract/meeting-node';
import { TOPICS, TOPIC_IDS, isTopicId, topicNodeId } from '../server/contract/topics';
import { findPageFurniture, furnitureAt } from '../server/text/page-furniture';
import { countryNames, isCountryCode } from './countries';
import type { EntitiesFile, FactsFile, MeetingFacts } from './schema';

export type YamlPath = (string | number)[];

export interface SeedProblem {
  file: string;
  path: YamlPath;
  /** What the fact is, in words: "meetings[2].topics[0] (cyber)". */
  fact: string;
  reason: string;
  line?: number;
}

export interface SeedInput {
  /** The seed's entities, then the corpus's: an id defined in two files is refused. */
  entities: { file: string; data: EntitiesFile }[];
  facts: { file: string; data: FactsFile; text: string | null }[];
}

interface MeetingDraft {
  id: string;
  firstFile: string;
  firstPath: YamlPath;
  fields: Partial<Record<'date' | 'dateEnd' | 'city' | 'country' | 'kind' | 'title' | 'summary', { value: string; file: string }>>;
  attendees: number;
}

const describe = (path: YamlPath, label?: string) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') + (label ? ` (${label})` : '');

export function compileSeed(input: SeedInput): { data: GraphData; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const articles: ArticleDoc[] = [];
  const meetings = new Map<string, MeetingDraft>();

  const addEntities = (entities: EntitiesFile, file: string) => {
    const define = (node: GraphNode, path: YamlPath) => {
      if (nodes.has(node.id)) problems.push({ file, path, fact: describe(path, node.id), reason: `id "${node.id}" is defined twice` });
      nodes.set(node.id, node);
    };
    entities.persons.forEach((p, i) =>
      define({ type: 'Person', id: p.id, label: p.name, name: p.name, aliases: p.aliases, titles: [] }, ['persons', i]),
    );
    entities.organizations.forEach((o, i) =>
      define(
        {
          type: 'Organization',
          id: o.id,
          label: o.acronym ?? o.name,
          name: o.name,
          aliases: o.aliases,
          kind: o.kind,
          ...(o.acronym ? { acronym: o.acronym } : {}),
        },
        ['organizations', i],
      ),
    );
    entities.regions.forEach((r, i) =>
      define({ type: 'Region', id: r.id, label: r.name, name: r.name, aliases: r.aliases }, ['regions', i]),
    );
    entities.agreements.forEach((a, i) =>
      define(
        { type: 'Agreement', id: a.id, label: a.name, name: a.name, ...(a.period ? { period: a.period } : {}) },
        ['agreements', i],
      ),
    );
  };

  for (const topic of TOPIC_IDS) {
    const names = TOPICS[topic];
    nodes.set(topicNodeId(topic), { type: 'Topic', id: topicNodeId(topic), label: names.en, nameFr: names.fr, nameEn: names.en });
  }
  for (const { data, file } of input.entities) addEntities(data, file);

  for (const { file, data, text } of input.facts) {
    const problem = (path: YamlPath, label: string | undefined, reason: string) =>
      problems.push({ file, path, fact: describe(path, label), reason });
    const articleId = data.article.id;
    if (text === null) {
      problem(['article', 'file'], data.article.file, `article text file "${data.article.file}" not found`);
      continue;
    }
    const furniture = findPageFurniture(text);

    /** A source for this article, or null (with a problem) when the quote is not usable. */
    const source = (quote: string, path: YamlPath, label?: string): Source | null => {
      const at = text.indexOf(quote);
      if (at < 0) {
        problem(path, label, `quote not found in ${data.article.file}: "${quote}"`);
        return null;
      }
      const span = furnitureAt(furniture, at, at + quote.length);
      if (span) {
        problem(path, label, `quote comes from page furniture (${span.reason}), not from the article: "${quote}"`);
        return null;
      }
      return { articleId, quote };
    };

    const expectNode = (id: string, types: GraphNode['type'][], path: YamlPath): boolean => {
      const node = nodes.get(id);
      if (!node) {
        problem(path, id, `"${id}" is referenced but not defined`);
        return false;
      }
      if (!types.includes(node.type)) {
        problem(path, id, `"${id}" is a ${node.type}, expected ${types.join(' or ')}`);
        return false;
      }
      return true;
    };

    const countryId = (code: string, path: YamlPath): string | null => {
      if (!isCountryCode(code)) {
        problem(path, code, `"${code}" is not an ISO 3166-1 alpha-2 country code`);
        return null;
      }
      const id = `country:${code}`;
      if (!nodes.has(id)) {
        const names = countryNames(code);
        nodes.set(id, { type: 'Country', id, label: names.fr, code, nameFr: names.fr, nameEn: names.en });
      }
      return id;
    };

    const link = (type: RelType, from: string, to: string, sources: (Source | null)[], extra: Partial<GraphEdge> = {}) => {
      const found = sources.filter((s): s is Source => s !== null);
      if (found.length === 0) return;
      const id = edgeId(type, from, to);
      const existing = edges.get(id);
      if (existing) {
        for (const s of found) {
          if (!existing.sources.some((e) => e.articleId === s.articleId && e.quote === s.quote)) existing.sources.push(s);
        }
        return;
      }
      edges.set(id, { id, type, source: from, target: to, ...extra, sources: found });
    };

    // The article itself.
    const published = parsePartialDate(data.article.published);
    if (!published) problem(['article', 'published'], data.article.published, 'malformed date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    if (data.article.publishedQuote) source(data.article.publishedQuote, ['article', 'publishedQuote']);
    if (nodes.has(articleId)) problem(['article', 'id'], articleId, `id "${articleId}" is defined twice`);
    const article = {
      id: articleId,
      title: data.article.title,
      published: published?.value ?? data.article.published,
      precision: published?.precision ?? 'day',
      ...(data.article.publisher ? { publisher: data.article.publisher } : {}),
      ...(data.article.url ? { url: data.article.url } : {}),
    } as const;
    nodes.set(articleId, { type: 'Article', label: article.title, ...article });
    articles.push({ ...article, text });

    data.memberships.forEach((m, i) => {
      const path = ['memberships', i];
      if (!expectNode(m.person, ['Person'], [...path, 'person']) || !expectNode(m.organization, ['Organization'], [...path, 'organization'])) return;
      const person = nodes.get(m.person);
      if (person?.type === 'Person') addTitle(person.titles, m.title);
      link('MEMBER_OF', m.person, m.organization, [source(m.quote, [...path, 'quote'])], { title: m.title });
    });

    data.representations.forEach((r, i) => {
      const path = ['representations', i];
      const country = countryId(r.country, [...path, 'country']);
      if (!expectNode(r.person, ['Person'], [...path, 'person']) || !country) return;
      const person = nodes.get(r.person);
      if (person?.type === 'Person') addTitle(person.titles, r.title);
      link('REPRESENTS', r.person, country, [source(r.quote, [...path, 'quote'])], { title: r.title });
    });

    data.organizationCountries.forEach((o, i) => {
      const path = ['organizationCountries', i];
      const country = countryId(o.country, [...path, 'country']);
      if (!expectNode(o.organization, ['Organization'], [...path, 'organization']) || !country) return;
      const org = nodes.get(o.organization);
      if (org?.type === 'Organization') org.country = o.country;
      link('OF_COUNTRY', o.organization, country, [source(o.quote, [...path, 'quote'])]);
    });

    data.organizationParts.forEach((o, i) => {
      const path = ['organizationParts', i];
      if (!expectNode(o.organization, ['Organization'], [...path, 'organization']) || !expectNode(o.partOf, ['Organization'], [...path, 'partOf'])) return;
      link('PART_OF', o.organization, o.partOf, [source(o.quote, [...path, 'quote'])]);
    });

    data.signatures.forEach((s, i) => {
      const path = ['signatures', i];
      if (!expectNode(s.person, ['Person', 'Organization'], [...path, 'person']) || !expectNode(s.agreement, ['Agreement'], [...path, 'agreement'])) return;
      link('SIGNED', s.person, s.agreement, [source(s.quote, [...path, 'quote'])]);
    });

    data.meetings.forEach((m, i) => addMeeting(m, ['meetings', i]));

    function addMeeting(m: MeetingFacts, path: YamlPath) {
      let draft = meetings.get(m.id);
      if (!draft) {
        draft = { id: m.id, firstFile: file, firstPath: path, fields: {}, attendees: 0 };
        meetings.set(m.id, draft);
      }
      for (const key of ['date', 'dateEnd', 'city', 'country', 'kind', 'title', 'summary'] as const) {
        const value = m[key];
        if (value === undefined) continue;
        const known = draft.fields[key];
        if (known && known.value !== value) {
          problem([...path, key], m.id, `${key} "${value}" contradicts "${known.value}" given in ${known.file}`);
        } else {
          draft.fields[key] = { value, file };
        }
      }
      if (m.date !== undefined && !parsePartialDate(m.date)) problem([...path, 'date'], m.date, 'malformed date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
      if (m.dateEnd !== undefined && parsePartialDate(m.dateEnd)?.precision !== 'day') problem([...path, 'dateEnd'], m.dateEnd, 'malformed end date (expected YYYY-MM-DD)');
      const country = m.country === undefined ? null : countryId(m.country, [...path, 'country']);
      if ((m.date !== undefined) !== (m.dateQuote !== undefined)) problem([...path, 'dateQuote'], m.id, 'a date needs the dateQuote that states it (and a dateQuote a date)');
      const placed = m.city !== undefined || m.country !== undefined;
      if (placed !== (m.placeQuote !== undefined)) problem([...path, 'placeQuote'], m.id, 'a city or country needs the placeQuote that states it (and a placeQuote a place)');
      const placeSource = m.placeQuote ? source(m.placeQuote, [...path, 'placeQuote']) : null;
      if (country) link('HELD_IN', m.id, country, [placeSource]);

      link('REPORTED_IN', m.id, articleId, [
        source(m.quote, [...path, 'quote']),
        m.dateQuote ? source(m.dateQuote, [...path, 'dateQuote']) : null,
        placeSource,
      ]);
      m.attendees.forEach((a, j) => {
        const at = [...path, 'attendees', j];
        if (!expectNode(a.id, ['Person', 'Organization'], [...at, 'id'])) return;
        draft.attendees += 1;
        link('ATTENDED', a.id, m.id, [source(a.quote, [...at, 'quote'])], { role: a.role as AttendanceRole });
      });
      m.topics.forEach((t, j) => {
        const at = [...path, 'topics', j];
        const topic = t.id.replace(/^topic:/, '');
        if (!isTopicId(topic)) {
          problem([...at, 'id'], t.id, `unknown topic "${t.id}" (the vocabulary: ${TOPIC_IDS.join(', ')})`);
          return;
        }
        link('DISCUSSED', m.id, topicNodeId(topic), [source(t.quote, [...at, 'quote'])]);
      });
      m.regions.forEach((r, j) => {
        const at = [...path, 'regions', j];
        if (expectNode(r.id, ['Region'], [...at, 'id'])) link('CONCERNED', m.id, r.id, [source(r.quote, [...at, 'quote'])]);
      });
      m.agreements.forEach((a, j) => {
        const at = [...path, 'agreements', j];
        if (expectNode(a.id, ['Agreement'], [...at, 'id'])) link('PRODUCED', m.id, a.id, [source(a.quote, [...at, 'quote'])]);
      });
    }
  }

  for (const draft of meetings.values()) {
    const meeting = buildMeeting(draft);
    if (meeting === null) continue;
    if (typeof meeting === 'string') {
      problems.push({ file: draft.firstFile, path: draft.firstPath, fact: describe(draft.firstPath, draft.id), reason: meeting });
    } else {
      nodes.set(meeting.id, meeting);
    }
  }
  // Links to meetings that could not be built would dangle.
  for (const [id, edge] of edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) edges.delete(id);
  }

  return { data: { nodes: [...nodes.values()], edges: [...edges.values()], articles }, problems };
}

function addTitle(titles: string[], title: string) {
  const key = title.toLocaleLowerCase('fr');
  if (!titles.some((t) => t.toLocaleLowerCase('fr') === key)) titles.push(title);
}

/** The meeting node, the reason it is incomplete, or null when its date was already reported malformed. */
function buildMeeting(draft: MeetingDraft): MeetingNode | string | null {
  const { date, dateEnd, city, country, kind, title, summary } = draft.fields;
  const missing = (['date', 'country', 'kind', 'summary'] as const).filter((k) => !draft.fields[k]);
  if (missing.length > 0) return `meeting "${draft.id}" has no ${missing.join(', ')} in any article`;
  if (draft.attendees < 2) return `meeting "${draft.id}" needs at least two attendees`;
  const start = parsePartialDate(date!.value);
  const end = dateEnd ? parsePartialDate(dateEnd.value) : null;
  if (!start || (dateEnd && !end)) return null;
  if (end && end.first < start.first) return `meeting "${draft.id}" ends (${end.value}) before it starts (${start.value})`;
  return meetingNode({
    id: draft.id,
    title: title?.value ?? city?.value ?? countryNames(country!.value).fr,
    start,
    end,
    ...(city ? { city: city.value } : {}),
    country: country!.value,
    kind: kind!.value as MeetingKind,
    summary: summary!.value,
  });
}
