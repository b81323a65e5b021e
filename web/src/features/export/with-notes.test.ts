import { describe, expect, it } from 'vitest';
import { withNotes } from './with-notes';

describe('notes in the JSON export', () => {
  it('keeps the notes on the nodes exported, apart from the facts, and leaves the others out', () => {
    const note = (id: string, target: string) => ({ id, target, text: `about ${target}`, created: '2026-12-01T10:00:00.000Z' });
    const exported = withNotes({ nodes: [{ id: 'person:a' }], edges: [] }, [note('note:1', 'person:a'), note('note:2', 'person:b')]);
    expect(exported.notes.map((n) => n.id)).toEqual(['note:1']);
    expect(exported.nodes).toEqual([{ id: 'person:a' }]);
  });
});
