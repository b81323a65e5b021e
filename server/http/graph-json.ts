/**
 * JSON.stringify for a result with `nodes` and `edges` record lists (a
 * neighbourhood slice, a path): the same text, but each record's JSON comes
 * from `recordText` (the record cache, for a store that keeps its records).
 */
export function graphJson(result: object, recordText: (record: object) => string): string {
  let json = '';
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    const records = (key === 'nodes' || key === 'edges') && Array.isArray(value);
    json += `${json ? ',' : '{'}${JSON.stringify(key)}:${records ? `[${(value as object[]).map(recordText).join(',')}]` : JSON.stringify(value)}`;
  }
  return json ? `${json}}` : '{}';
}
