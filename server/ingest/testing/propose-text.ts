/** For the proposal tests: a text proposed against an empty graph, and a finder for the meeting of given people. */
import { createMemoryStore } from '../../store/memory/memory-store';
import { proposeFacts } from '../proposal/propose';

export const propose = (text: string) => proposeFacts(text, createMemoryStore());

/** Matches a proposed meeting that holds every one of `names`. */
export const withAll = (names: string[]) => (m: { participants: string[] }) => names.every((n) => m.participants.includes(n));
