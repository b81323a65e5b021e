import type { GraphData } from '../../../contract/model';

/** An accepted article of one person, numbered: small, valid, and distinct from every other number. */
export const testArticle = (n: number): GraphData => ({
  nodes: [{ id: `person:p${n}`, type: 'Person', label: `P ${n}`, name: `P ${n}`, aliases: [], titles: [] }],
  edges: [],
  articles: [{ id: `article:a${n}`, title: `A ${n}`, published: '2024-01-01', precision: 'day', text: `Texte ${n}.` }],
});
