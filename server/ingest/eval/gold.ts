/**
 * What the curated graph says each article states, read from provenance: a
 * fact belongs to an article when one of its sources is that article.
 */
import type { GraphData, GraphEdge, GraphNode, MeetingNode, OrganizationNode, PersonNode } from '../../contract/model';
import type { TopicId } from '../../contract/topics';

export interface GoldName {
  name: string;
  /** Other names the curated graph knows (spellings, acronyms). */
  aliases: string[];
}

export interface GoldMeeting {
  id: string;
  date: string;
  /** The people attending as this article states them; the agencies, when it names no one. */
  persons: GoldName[];
  organizations: GoldName[];
  topics: TopicId[];
}

export interface GoldArticle {
  articleId: string;
  text: string;
  /** The publication date the source page gives, which a researcher types in when the text carries none. */
  published: string;
  persons: GoldName[];
  organizations: GoldName[];
  countries: string[];
  meetings: GoldMeeting[];
}

const personName = (p: PersonNode): GoldName => ({ name: p.name, aliases: p.aliases });
const orgName = (o: OrganizationNode): GoldName => ({ name: o.name, aliases: [...(o.acronym ? [o.acronym] : []), ...o.aliases] });

export function goldArticles(graph: GraphData): GoldArticle[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const byArticle = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    for (const articleId of new Set(e.sources.map((s) => s.articleId))) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), e]);
  }
  return graph.articles.map((article) => {
    const edges = byArticle.get(article.id) ?? [];
    const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
    const ofType = <T extends GraphNode>(type: T['type']) => [...ends].map((id) => nodes.get(id)).filter((n): n is T => n?.type === type);
    const orgs = ofType<OrganizationNode>('Organization');
    const meetings = ofType<MeetingNode>('Meeting');
    const countries = new Set<string>();
    for (const m of meetings) countries.add(m.country);
    for (const o of orgs) if (o.country) countries.add(o.country);
    for (const e of edges) if (e.type === 'REPRESENTS') countries.add(e.target.replace(/^country:/, ''));
    return {
      articleId: article.id,
      text: article.text,
      published: article.published,
      persons: ofType<PersonNode>('Person').map(personName),
      organizations: orgs.map(orgName),
      countries: [...countries].sort(),
      meetings: meetings.map((m) => goldMeeting(m, edges, nodes)),
    };
  });
}

function goldMeeting(m: MeetingNode, edges: GraphEdge[], nodes: Map<string, GraphNode>): GoldMeeting {
  const attendees = edges.filter((e) => e.type === 'ATTENDED' && e.target === m.id).map((e) => nodes.get(e.source));
  return {
    id: m.id,
    date: m.date,
    persons: attendees.filter((n): n is PersonNode => n?.type === 'Person').map(personName),
    organizations: attendees.filter((n): n is OrganizationNode => n?.type === 'Organization').map(orgName),
    topics: edges.filter((e) => e.type === 'DISCUSSED' && e.source === m.id).map((e) => e.target.replace(/^topic:/, '') as TopicId),
  };
}
