/**
 * Turns the curated files into graph records, checking every fact: each id it
 * references is defined, each quote is found verbatim in its article (and not
 * in page furniture), each date is well-formed, each topic is in the vocabulary.
 * Pure: reads nothing, so it is tested on small in-memory datasets.
 */
import type { GraphData } from '../server/contract/model';
import { addAffiliations, addArticle, addPartsAndSignatures } from './compile-article';
import { addEntities, addTopics } from './compile-entities';
import { addMeeting, buildMeetings } from './compile-meetings';
import type { EntitiesFile, FactsFile } from './schema';
import { describe, factChecks, newSeedBuild, type SeedProblem } from './seed-build';

export interface SeedInput {
  /** The seed's entities, then the corpus's: an id defined in two files is refused. */
  entities: { file: string; data: EntitiesFile }[];
  facts: { file: string; data: FactsFile; text: string | null }[];
}

export function compileSeed(input: SeedInput): { data: GraphData; problems: SeedProblem[] } {
  const build = newSeedBuild();
  addTopics(build);
  for (const { data, file } of input.entities) addEntities(build, data, file);
  for (const { file, data, text } of input.facts) {
    if (text === null) {
      const path = ['article', 'file'];
      build.problems.push({ file, path, fact: describe(path, data.article.file), reason: `article text file "${data.article.file}" not found` });
      continue;
    }
    const check = factChecks(build, file, data.article.file, data.article.id, text);
    addArticle(build, check, data, text);
    addAffiliations(build, check, data);
    addPartsAndSignatures(check, data);
    data.meetings.forEach((m, i) => addMeeting(build, check, m, ['meetings', i]));
  }
  buildMeetings(build);
  // Links to meetings that could not be built would dangle.
  for (const [id, edge] of build.edges) {
    if (!build.nodes.has(edge.source) || !build.nodes.has(edge.target)) build.edges.delete(id);
  }
  return { data: { nodes: [...build.nodes.values()], edges: [...build.edges.values()], articles: build.articles }, problems: build.problems };
}
