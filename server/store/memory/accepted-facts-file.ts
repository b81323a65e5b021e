/**
 * The embedded store's accepted-facts file: what it holds, and reading it
 * without trusting it. Every way a file can be damaged (not JSON, a batch that
 * is null or of the wrong shape, a directory in its place) is one error naming
 * the file, the batch and the reason; nothing is ever repaired or overwritten.
 */
import { z } from 'zod';
import { DataFileError, readJsonFile, UNTOUCHED } from './data-file';
import { ATTENDANCE_ROLES, MEETING_KINDS, NODE_TYPES, ORGANIZATION_KINDS, REL_TYPES, type GraphData } from '../../contract/model';

export interface AcceptedBatch {
  acceptedAt: string;
  articleId: string;
  data: GraphData;
}

export class AcceptedFactsError extends DataFileError {
  override readonly name = 'AcceptedFactsError';
}

const text = z.string().min(1);
const strings = z.array(z.string());
const precision = z.enum(['day', 'month', 'year']);
const source = z.object({ articleId: text, quote: text });

/** Each node type's own fields; other fields pass through (older files, fields added later). */
const nodeFields: Record<(typeof NODE_TYPES)[number], z.ZodRawShape> = {
  Person: { name: text, aliases: strings, titles: strings },
  Organization: { name: text, aliases: strings, kind: z.enum(ORGANIZATION_KINDS) },
  Country: { code: z.string().length(2), nameFr: text, nameEn: text },
  Topic: { nameFr: text, nameEn: text },
  Region: { name: text, aliases: strings },
  Meeting: { date: text, precision, dateFrom: text, dateTo: text, year: z.number().int(), country: text, kind: z.enum(MEETING_KINDS), summary: z.string() },
  Agreement: { name: text },
  Article: { title: text, published: text, precision },
};

const node = z.discriminatedUnion(
  'type',
  NODE_TYPES.map((type) => z.looseObject({ id: text, label: z.string(), type: z.literal(type), ...nodeFields[type] })) as unknown as [
    // zod wants a non-empty tuple of object schemas; the map above builds one per node type.
    z.ZodObject,
    ...z.ZodObject[],
  ],
);

const edge = z.looseObject({
  id: text,
  type: z.enum(REL_TYPES),
  source: text,
  target: text,
  role: z.enum(ATTENDANCE_ROLES).optional(),
  title: z.string().optional(),
  sources: z.array(source),
});

const article = z.looseObject({ id: text, title: text, published: text, precision, text: z.string(), publisher: z.string().optional() });

export const acceptedBatch = z.object({
  acceptedAt: text,
  articleId: text,
  data: z.object({ nodes: z.array(node), edges: z.array(edge), articles: z.array(article) }),
});

const fileShape = z.object({ version: z.literal(1), batches: z.array(z.unknown()) });

/** The first zod issue, said in words: "data.edges.3.source: expected string". */
function reason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a batch';
  const where = issue.path.join('.');
  return `${where ? `${where}: ` : ''}${issue.message}`;
}

/** The batches of the file at `path` (none when it does not exist), each checked; throws AcceptedFactsError. */
export function readAcceptedFacts(path: string): AcceptedBatch[] {
  const parsed = readJsonFile(path, AcceptedFactsError);
  if (parsed === undefined) return [];
  const file = fileShape.safeParse(parsed);
  if (!file.success) throw new AcceptedFactsError(`${path}: not a Liaison accepted-facts file (expected {"version": 1, "batches": [...]}); ${UNTOUCHED}`);
  return file.data.batches.map((raw, index) => {
    const batch = acceptedBatch.safeParse(raw);
    if (!batch.success) throw new AcceptedFactsError(`${path}: batch ${index}: ${reason(batch.error)}; ${UNTOUCHED}`);
    return batch.data as unknown as AcceptedBatch; // checked above; zod's loose node objects are wider than GraphNode
  });
}

/** A batch whose relationships point at nodes that neither it nor the graph before it holds. */
export function danglingEnd(data: GraphData, hasNode: (id: string) => boolean): string | undefined {
  const own = new Set(data.nodes.map((n) => n.id));
  for (const e of data.edges) {
    for (const end of [e.source, e.target]) if (!own.has(end) && !hasNode(end)) return `relationship ${e.id}: ${end} is neither in this batch nor in the graph before it`;
  }
  return undefined;
}

export function batchError(path: string, index: number, why: string): AcceptedFactsError {
  return new AcceptedFactsError(`${path}: batch ${index}: ${why}; ${UNTOUCHED}`);
}
