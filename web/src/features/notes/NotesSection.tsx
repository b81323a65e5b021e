import { useId, useState } from 'react';
import { useAddNote, useDeleteNote, useNotes } from '../../api/notes-queries';

const written = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * The researcher's own notes on a node, apart from the articles' evidence:
 * a note is their word, never a source. Kept by the server, so they survive
 * a reload, are found by search and go with a JSON export.
 */
export function NotesSection({ target }: { target: string }) {
  const notes = useNotes(target);
  const add = useAddNote();
  const remove = useDeleteNote();
  const [text, setText] = useState('');
  const fieldId = useId();
  const save = () => add.mutate({ target, text }, { onSuccess: () => setText('') });
  return (
    <section className="notes" aria-label="Your notes">
      <h3>
        Your notes <span className="count">{notes.data?.notes.length ?? ''}</span>
      </h3>
      <p className="notes-hint">Your own words, not a source: they are kept apart from what the articles say.</p>
      <ul>
        {notes.data?.notes.map((note) => (
          <li key={note.id} className="note">
            <p>{note.text}</p>
            <span className="muted">{written.format(new Date(note.created))}</span>
            <button type="button" className="link" onClick={() => remove.mutate(note.id)} aria-label={`Delete the note “${note.text.slice(0, 40)}”`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label htmlFor={fieldId}>Add a note</label>
        <textarea id={fieldId} value={text} rows={2} onChange={(e) => setText(e.target.value)} placeholder="What you make of it, what to check…" />
        {add.error && <p className="field-error" role="alert">{add.error.message}</p>}
        <button type="submit" disabled={!text.trim() || add.isPending}>{add.isPending ? 'Saving…' : 'Save note'}</button>
      </form>
    </section>
  );
}
