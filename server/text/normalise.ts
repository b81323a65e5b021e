/** Lower case without accents: "Sûreté" and "surete" compare equal. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en');
}
