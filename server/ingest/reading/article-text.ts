/**
 * The shape of a collected article: its date header, title, datelines and the
 * sentences facts may be drawn from. Page furniture (headline lists, "Lire
 * aussi", share buttons, "Plus articles à lire") yields no sentence at all.
 * Offsets index the original text, so every quote is an exact slice of it.
 */
import { ARTICLE_DATE_HEADER, findPageFurniture, type TextSpan } from '../../text/page-furniture';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** The title line, which states facts ("Hammouchi à Madrid") but is not the body. */
  isTitle: boolean;
  /** "pourrait inclure…": the article speculates; not a fact. */
  hypothetical: boolean;
}

export interface ArticleLayout {
  text: string;
  headerDate?: string;
  title?: Sentence;
  /** Lines that only date or place the page ("jeudi, 16 juin, 2022 à 10:33", "Rabat –"). */
  datelines: TextSpan[];
  furniture: TextSpan[];
  sentences: Sentence[];
}

const TITLE_MAX = 250;
/**
 * The longest run of text read as one sentence. Real sentences of the genre
 * stay under 800 characters; a longer run (a page with no full stops, a
 * crafted text) is cut at a space, so that the work done per sentence, and the
 * length of every quote, stay bounded whatever the input.
 */
export const SENTENCE_MAX = 1500;
/** French abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:M|MM|Mme|Mlle|Dr|Pr|St|Me|etc|cf|av|J\.D|[A-Z])$/;
const HYPOTHETICAL = /\b(pourrai(?:t|ent)|pourront|devrai(?:t|ent)|envisag)/i;
/** "Rabat – Le directeur…": the place a wire story was filed from, not where anything happened. */
/** "Alger - ", "Rabat, 28 octobre 2024 (MAP) - ": where and when the story was filed, not where or when its meetings were. */
const PLACE_DATELINE = /^\s*[A-ZÀ-Ý][\p{L}' -]{1,40}?(?:,\s*(?:\p{L}+\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4})?(?:\s*\([\p{L} ]{2,20}\))?\s[–—-]\s/u;
export const PUBLISHED_LINE = /^\s*Publié\s+(?:dans\s+(.+?)\s+)?le\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$/iu;
export const DATE_ONLY_LINE = /^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s*)?\d{1,2}\s+\p{L}+,?\s+\d{4}(?:\s+à\s+\d{1,2}[:h]\d{2})?\s*$/iu;
/** A date in figures and its time: "11/11/2025 à 09h46", "07.04.2023 à 23 H 57" (day first, as French outlets print it); `group` "(" captures day, month and year. */
const figuresDate = (group: '(' | '(?:') =>
  String.raw`${group}\d{1,2})\s*[/.-]\s*${group}\d{1,2})\s*[/.-]\s*${group}\d{4})(?:\s*(?:à|-)?\s*\d{1,2}\s*[:h]\s*\d{2}(?:min)?)?`;
/** What a byline prints after its date: when it was updated, how long it takes to read. */
const BYLINE_TAIL = String.raw`(?:\s*[,|•·–-]?\s*(?:mis à jour le\s+${figuresDate('(?:')}|temps de lecture\s*:?\s*\d+\s*min(?:utes?)?\.?))*`;
/**
 * A byline's date in figures: "Le 11/11/2025 à 09h46", "Le 23/05/2019 à 11h18, mis à jour le …",
 * "07.04.2023 à 23 H 57 • Mis à jour le 07.04.2023 à 23 H 57 • Temps de lecture : 1 minutes" (the first date is the publication).
 */
export const NUMERIC_DATE_LINE = new RegExp(String.raw`^\s*(?:(?:publié|mis à jour|modifié)\s+)?(?:le\s+)?${figuresDate('(')}${BYLINE_TAIL}\s*$`, 'iu');

/** `tooMany` is called, and may throw, as soon as the text has more sentences than `maxSentences`: a page of 200,000 lines is not laid out whole to be refused. */
export function layoutArticle(text: string, limit?: { maxSentences: number; tooMany: (count: number) => void }): ArticleLayout {
  const furniture = findPageFurniture(text);
  const header = ARTICLE_DATE_HEADER.exec(text);
  const datelines: TextSpan[] = [];
  const sentences: Sentence[] = [];
  let title: Sentence | undefined;
  let offset = 0;
  let paragraph = 0;
  // Furniture spans come in text order: one cursor over them keeps the walk linear.
  let next = 0;
  // Whether the last line read was text the next may go on from: not after furniture or a date line between them.
  let goesOn = false;
  for (const line of text.split('\n')) {
    let start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (start === 0 && header) start += header[0].length;
    while (next < furniture.length && furniture[next]!.end <= start) next += 1;
    const cut = furnitureCut(furniture, next, start, end);
    if (cut === null) {
      goesOn = false;
      continue;
    }
    const body = text.slice(start, cut);
    if (body.trim() === '') continue;
    if (DATE_ONLY_LINE.test(body) || PUBLISHED_LINE.test(body) || NUMERIC_DATE_LINE.test(body)) {
      datelines.push({ start, end: cut, reason: 'date line' });
      goesOn = false;
      continue;
    }
    const placeDateline = PLACE_DATELINE.exec(body);
    if (placeDateline) datelines.push({ start, end: start + placeDateline[0].length, reason: 'place dateline' });
    const isTitle = !title && sentences.length === 0 && body.trim().length <= TITLE_MAX && !/[.!?]\s*$/.test(body);
    const parts = splitSentences(text, start, cut);
    const broken = goesOn && !isTitle && continuesIn(sentences.at(-1), parts[0]);
    goesOn = cut === end;
    if (!broken) paragraph += 1;
    for (const [i, s] of parts.entries()) {
      const joined = broken && i === 0 ? { start: sentences.at(-1)!.start, end: s.end, text: text.slice(sentences.at(-1)!.start, s.end) } : s;
      const sentence = { ...joined, paragraph, isTitle, hypothetical: HYPOTHETICAL.test(joined.text) };
      if (isTitle && !title) title = sentence;
      if (broken && i === 0) sentences[sentences.length - 1] = sentence;
      else sentences.push(sentence);
    }
    if (limit && sentences.length > limit.maxSentences) limit.tooMany(sentences.length);
  }
  return { text, ...(header?.[1] ? { headerDate: header[1] } : {}), ...(title ? { title } : {}), datelines, furniture, sentences };
}

/**
 * "… est composée de MM. Djomé Adoum,\n\nhaut représentant de la coalition …": a page that breaks a sentence across
 * paragraphs. A sentence left on a comma, or one without a full stop that the next line goes on in lower case, goes on.
 */
function continuesIn(last: Sentence | undefined, next: { end: number; text: string } | undefined): boolean {
  // No longer than a sentence may be: a page of lines ending on commas is not one sentence rebuilt line by line.
  if (!last || !next || last.isTitle || next.end - last.start > SENTENCE_MAX || /[.!?»"”:;]\s*$/u.test(last.text)) return false;
  return /,\s*$/u.test(last.text) || (/\p{L}\s*$/u.test(last.text) && /^\p{Ll}/u.test(next.text));
}

/** Where the usable part of a line ends: null when furniture covers its start. `first` is the first span not ending before it. */
function furnitureCut(furniture: TextSpan[], first: number, start: number, end: number): number | null {
  const span = furniture[first];
  if (!span || span.start >= end) return end;
  return span.start <= start ? null : span.start;
}

function splitSentences(text: string, from: number, to: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = from;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (let i = from; i < to; i++) {
    if (i - start >= SENTENCE_MAX) {
      const space = text.lastIndexOf(' ', i);
      const cut = space > start ? space : i;
      push(cut);
      start = cut;
    }
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text.slice(i + 1, i + 3);
    if (!/^(\s|$)/.test(next) && i + 1 < to) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(from, i - 6), i))) continue;
    push(i + 1);
    start = i + 1;
  }
  push(to);
  return out;
}
