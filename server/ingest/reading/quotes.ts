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

/** Where a sentence quotes someone («…», “…»): what is said there is not where or when the meeting was ("Nous signerons … à Paris"). */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // A quotation of several sentences: this one opens inside it and closes it ("Nous signerons … à Paris», a déclaré …").
  const close = /^[^«“]*?[»”]/u.exec(text);
  if (close) spans.push({ start: 0, end: close[0].length });
  for (const m of text.matchAll(/[«“][^«»“”]*[»”]?/gu)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export const inSpans = (spans: { start: number; end: number }[], at: number) => spans.some((s) => at >= s.start && at < s.end);
