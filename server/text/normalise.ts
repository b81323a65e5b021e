// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included: such text needs no Unicode folding.
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Sûreté" and "surete" compare equal. */
export function foldAccents(text: string): string {
  // Most terms are plain ASCII; skipping NFD for them halves the search index build.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en');
}

/** Folded form of each non-ASCII character met so far: a text repeats few of them. */
const foldedChars = new Map<string, string>();

/**
 * foldAccents, one character for one character: offsets in the folded text are
 * offsets in the original, so a match found on folded text quotes the original.
 */
export function foldKeepingOffsets(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) {
      out += ch.toLowerCase();
      continue;
    }
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const f = ch === '’' || ch === 'ʼ' ? "'" : foldAccents(ch);
      // Characters that fold to several (ligatures) or none keep their place with the original.
      folded = f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
      foldedChars.set(ch, folded);
    }
    out += folded;
  }
  return out;
}
