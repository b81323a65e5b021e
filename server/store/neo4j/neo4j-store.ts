/** The GraphStore on Neo4j: one Cypher round trip per call (one file per query), through the official driver. */
import type { Driver } from 'neo4j-driver';
import type { GraphStore } from '../graph-store';
import { withNoteHits } from '../note-records';
import { article } from './article';
import type { Neo4jConfig } from './config';
import { facets } from './facets';
import { health } from './health';
import { meetings } from './meetings';
import { neighbourhood } from './neighbourhood';
import { nodeDetails } from './node-details';
import { neo4jNotes } from './notes';
import { cypherRunner } from './run-cypher';
import { search } from './search';
import { shortestPath } from './shortest-path';
import { whoMet } from './who-met';
import { importGraph, writeFacts } from './write-facts';

export function createNeo4jStore(driver: Driver, config: Neo4jConfig): GraphStore {
  const run = cypherRunner(driver, config);
  const notes = neo4jNotes(run);
  return {
    kind: 'neo4j',
    health: () => health(run),
    search: async (query) => {
      const [byName, byNote] = await Promise.all([search(run, query), notes.search(query)]);
      return withNoteHits(byName, byNote, query.limit);
    },
    node: (id) => nodeDetails(run, id),
    neighbourhood: (query) => neighbourhood(run, query),
    whoMet: (query) => whoMet(run, query),
    path: (query) => shortestPath(run, query),
    facets: (query) => facets(run, query),
    meetings: (query) => meetings(run, query),
    article: (id) => article(run, id),
    importGraph: (data) => importGraph(run, data),
    writeFacts: (data) => writeFacts(driver, config, data),
    recordJson: (record) => JSON.stringify(record),
    notes: notes.notes,
    addNote: notes.addNote,
    deleteNote: notes.deleteNote,
    close: () => driver.close(),
  };
}
