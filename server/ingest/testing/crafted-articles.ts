/**
 * Texts built to make ingestion slow, for the tests that keep it linear: each
 * repeats a unit the rules do real work on (meetings, people, agencies,
 * places, dates, page furniture) up to a given size in bytes.
 */

/** The issue-13 text: one long sentence of talks, each with named people. */
const TALKS_IN_ONE_SENTENCE = "s'est entretenu avec M. Ali, avec M. Bob, entre M. Cid et ";

const FIRST = ['Ali', 'Bob', 'Cid', 'Dan', 'Eva', 'Fay', 'Gil', 'Hal', 'Ivo', 'Jan', 'Kim', 'Lou', 'Max', 'Ned', 'Oto', 'Pia'];
/** Distinct full names, so every sentence adds people to resolve and surnames to look for. */
export const personName = (n: number) => `${FIRST[n % FIRST.length]!} ${FIRST[Math.floor(n / FIRST.length) % FIRST.length]!}${n.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;

export const CRAFTED_ARTICLES: Record<string, (n: number) => string> = {
  'talks in one sentence': () => TALKS_IN_ONE_SENTENCE,
  'many people met': (n) => `Le 12 mars 2024 à Rabat, M. ${personName(n)} a rencontré M. ${personName(n + 1)} et M. ${personName(n + 2)}. `,
  'agencies and offices': () => "Le directeur général de la Sûreté nationale a reçu le chef du FBI et le directeur de la police nationale espagnole à Madrid, en Espagne. ",
  'places without full stops': () => 'à Rabat en Belgique au Maroc à Madrid en France aux États-Unis à Bruxelles, ',
  'dates in every sentence': () => 'Ce lundi 25 novembre 2024, le jeudi 13 et 14 juin, une réunion a eu lieu avec M. Ali Bob à Rabat. ',
  'furniture lines': () => 'Lire aussi : la police et la sécurité au Maroc\nRabat – Le directeur a reçu M. Ali Bob.\n',
  'one word per line': (n) => `${n % 2 ? 'la' : 'Police'}\n`,
  // Every surname the subject of two sentences: as many lone surnames as the text can hold.
  'surnames as subjects': (n) => `, ${personName(n >> 1).split(' ')[1]} a reçu M. Ali Bob`,
};

/** `unit` repeated into a text of at most `bytes` bytes of UTF-8, opened as the genre opens an article. */
export function craftedArticle(unit: (n: number) => string, bytes: number): string {
  const parts = ['Le directeur de la police a rencontré à Rabat '];
  let size = Buffer.byteLength(parts[0]!);
  for (let n = 0; ; n++) {
    const next = unit(n);
    const length = Buffer.byteLength(next);
    if (size + length > bytes) break;
    parts.push(next);
    size += length;
  }
  return parts.join('');
}
