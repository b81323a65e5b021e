import { recordJson } from '../store/record-json';

/**
 * JSON.stringify for a result with `nodes` and `edges` record lists (a
 * neighbourhood slice, a path): the same text, but each record's JSON comes
 * from `recordText`, by default the record cache.
 */
export function graphJson(result: object, recordText: (record: object) => string = recordJson): string {
  let json = '';
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    const records = (key === 'nodes' || key === 'edges') && Array.isArray(value);
    json += `${json ? ',' : '{'}${JSON.stringify(key)}:${records ? `[${(value as object[]).map((record) => recordText(record)).join(',')}]` : JSON.stringify(value)}`;
  }
  return json ? `${json}}` : '{}';
}
