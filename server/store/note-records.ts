/** Notes as both stores make, order and find them, so the two answer alike. */
import { randomUUID } from 'node:crypto';
import type { GraphNode, Note } from '../contract/model';
import type { SearchHit } from '../contract/results';

/**
 * Makes the notes a store writes: a fresh id, and a creation time later than
 * the one before it (two notes written in one millisecond would otherwise
 * have no order for "newest first").
 */
export function noteMaker(now: () => number = Date.now) {
  let last = 0;
  return (target: string, text: string): Note => {
    last = Math.max(now(), last + 1);
    return { id: `note:${randomUUID()}`, target, text, created: new Date(last).toISOString() };
  };
}

/** Newest first; two notes of one instant (written by two processes) in id order, newest-first style. */
export const newestFirst = (a: Note, b: Note) => (a.created === b.created ? (a.id < b.id ? 1 : -1) : a.created < b.created ? 1 : -1);

const EXCERPT = 120;

/** A hit found by a note: its target, marked with the note, the note's words as what matched. */
export function noteHit(note: Note, target: GraphNode, score: number): SearchHit {
  const matched = note.text.length > EXCERPT ? `${note.text.slice(0, EXCERPT - 1).trimEnd()}…` : note.text;
  return { id: target.id, type: target.type, label: target.label, matched, score, noteId: note.id };
}

/** Hits by name first, then hits by note on nodes not already found, `limit` in all. */
export function withNoteHits(byName: SearchHit[], byNote: SearchHit[], limit: number): SearchHit[] {
  const found = new Set(byName.map((hit) => hit.id));
  const hits = [...byName];
  for (const hit of byNote) {
    if (hits.length >= limit) break;
    if (found.has(hit.id)) continue;
    found.add(hit.id);
    hits.push(hit);
  }
  return hits;
}
