/**
 * The article's text as a reader should see it: collected pages begin with a
 * " date 2022-06 <title>" line, machine furniture the dialog already shows
 * as its title and date. Pure.
 */
const DATE_LINE = /^\s*date\s+\d{4}(?:-\d{2}){0,2}(?:\s+(.*))?$/;

export function articleBody(text: string, title: string): string {
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  const match = DATE_LINE.exec(first);
  if (!match) return text;
  const rest = end === -1 ? '' : text.slice(end + 1).replace(/^\s*\n/, '');
  const remainder = match[1]?.trim();
  // The date line carries the title, which the header shows; anything else on it is kept.
  return remainder && remainder !== title.trim() ? `${remainder}\n\n${rest}` : rest;
}
