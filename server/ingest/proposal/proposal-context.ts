/** What building one proposal shares across its people, agencies and meetings, and the ids it gives new ones. */
import type { GraphStore } from '../../store/graph-store';
import { foldKeepingOffsets } from '../../text/normalise';
import { nodeExists } from '../resolution/resolve';

export const slug = (s: string) =>
  foldKeepingOffsets(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** What building one proposal shares across its people, agencies and meetings. */
export interface ProposalContext {
  store: GraphStore;
  /** Ids given to new entities of this proposal so far. */
  taken: Set<string>;
  /** Internal entity keys ("person:snoek") to the proposal's keys ("p3"), for meeting attendees. */
  keys: Map<string, string>;
  warnings: string[];
}

/** An id for a new entity that no other entity holds yet. */
export async function freeId({ store, taken }: ProposalContext, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id) && !(await nodeExists(store, id))) {
      taken.add(id);
      return id;
    }
  }
}

