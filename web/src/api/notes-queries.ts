/** The researcher's notes on nodes (POST/GET/DELETE /api/notes): their own words, kept by the server, never a source. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LIMITS } from '@contract/requests';
import { api } from './client';
import { queryKeys } from './queries';

// The contract's cap, as a value (its module would bring zod into the page); the type fails to compile if it drifts.
const NOTES_MAX: (typeof LIMITS)['notes']['max'] = 1000;

export const useNotes = (target: string) =>
  useQuery({
    queryKey: queryKeys.notes(target),
    queryFn: ({ signal }) => api('GET /notes', { query: { target, limit: NOTES_MAX } }, signal),
  });

/** Every note (newest first, up to the cap): what a JSON export of the canvas picks its nodes' notes from. */
export const fetchAllNotes = () => api('GET /notes', { query: { limit: NOTES_MAX } });

/** Writing or deleting a note changes that node's notes, and what search finds. */
function useNoteChange<T>(write: (args: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: queryKeys.allNotes() }), client.invalidateQueries({ queryKey: ['search'] })]),
  });
}

export const useAddNote = () => useNoteChange((body: { target: string; text: string }) => api('POST /notes', { body }));
export const useDeleteNote = () => useNoteChange((id: string) => api('DELETE /notes/:id', { params: { id } }));
