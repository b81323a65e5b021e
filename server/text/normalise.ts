const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Sûreté" and "surete" compare equal. */
export function foldAccents(text: string): string {
  // Most terms are plain ASCII; skipping NFD for them halves the search index build.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en');
}

/**
 * foldAccents, one character for one character: offsets in the folded text are
 * offsets in the original, so a match found on folded text quotes the original.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch === '’' || ch === 'ʼ' ? "'" : foldAccents(ch);
    // Characters that fold to several (ligatures) or none keep their place with the original.
    out += folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}
