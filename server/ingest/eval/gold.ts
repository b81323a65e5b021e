/**
 * What the curated seed graph says each article states, read from provenance:
 * a fact belongs to an article when one of its sources is that article.
 */
import type { GraphData, MeetingNode, OrganizationNode, PersonNode } from '../../contract/model';
import type { TopicId } from '../../contract/topics';

export interface GoldArticle {
  articleId: string;
  text: string;
  persons: { name: string; aliases: string[] }[];
  organizations: { name: string; acronym?: string; aliases: string[] }[];
  countries: string[];
  /** "2025-01-28..2025-01-29" or "2024-12": one per meeting. */
  meetingDates: string[];
  topics: TopicId[];
}

export const meetingDateKey = (date: string, dateEnd?: string) => (dateEnd ? `${date}..${dateEnd}` : date);

export function goldArticles(graph: GraphData): GoldArticle[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.articles.map((article) => {
    const edges = graph.edges.filter((e) => e.sources.some((s) => s.articleId === article.id));
    const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
    const ofType = <T>(type: string) => [...ends].map((id) => nodes.get(id)).filter((n) => n?.type === type) as T[];
    const persons = ofType<PersonNode>('Person');
    const orgs = ofType<OrganizationNode>('Organization');
    const meetings = ofType<MeetingNode>('Meeting');
    const countries = new Set<string>();
    for (const m of meetings) countries.add(m.country);
    for (const o of orgs) if (o.country) countries.add(o.country);
    for (const e of edges) if (e.type === 'REPRESENTS') countries.add(e.target.replace(/^country:/, ''));
    return {
      articleId: article.id,
      text: article.text,
      persons: persons.map((p) => ({ name: p.name, aliases: p.aliases })),
      organizations: orgs.map((o) => ({ name: o.name, ...(o.acronym ? { acronym: o.acronym } : {}), aliases: o.aliases })),
      countries: [...countries].sort(),
      meetingDates: meetings.map((m) => meetingDateKey(m.date, m.dateEnd)),
      topics: [...new Set(edges.filter((e) => e.type === 'DISCUSSED').map((e) => e.target.replace(/^topic:/, '') as TopicId))],
    };
  });
}
