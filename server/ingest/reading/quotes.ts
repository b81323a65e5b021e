/** Short, exact quotes: slices of the article, never paraphrase. */

/** The clause (between commas) around [start, end), cut at word ends when long: a short, exact quote. */
export function clauseAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf(',', start - 1);
  const afterComma = text.indexOf(',', end);
  let from = before < 0 || start - before > 160 ? Math.max(0, start - 60) : before + 1;
  let to = afterComma < 0 || afterComma - end > 160 ? Math.min(text.length, end + 60) : afterComma;
  if (from > before + 1 && from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  if (to < text.length && to !== afterComma) to = Math.max(end, text.lastIndexOf(' ', to));
  return text.slice(from, to).trim().replace(/[.;:]$/, '');
}
