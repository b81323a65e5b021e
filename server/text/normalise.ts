const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Sûreté" and "surete" compare equal. */
export function foldAccents(text: string): string {
  // Most terms are plain ASCII; skipping NFD for them halves the search index build.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en');
}
