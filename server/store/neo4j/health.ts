import type { Health } from '../../contract/results';
import { plain } from './records';
import type { RunCypher } from './run-cypher';
import { NOTE_STATEMENTS } from './note-statements';

/** Node and relationship counts of the graph (notes are not counted); an unreachable database is an answer here (ok: false and why), not an error. */
export async function health(run: RunCypher): Promise<Health> {
  try {
    const [record] = await run(NOTE_STATEMENTS.graphCounts, {});
    return { ok: true, store: 'neo4j', nodes: Number(plain(record?.get('nodes'))), relationships: Number(plain(record?.get('relationships'))) };
  } catch (error) {
    return { ok: false, store: 'neo4j', nodes: 0, relationships: 0, message: error instanceof Error ? error.message : String(error) };
  }
}
