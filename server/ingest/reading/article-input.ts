/**
 * Decides whether raw bytes are an article we can read: UTF-8 text, not empty,
 * not huge, in French. Everything refused says why, so the CLI and the API can
 * name the file (or field) and write nothing.
 */
import { franc } from 'franc-min';
import { StatusError } from '../../contract/errors';
import { ARTICLE_MAX_BYTES } from '../../contract/requests';

/** Below this many letters a language guess means nothing: short texts are checked for French words instead. */
const MIN_LETTERS_FOR_LANGUAGE = 200;
/** Words no French sentence of any length does without. */
const FRENCH_WORDS = /(?<![\p{L}])(?:le|la|les|de|du|des|et|à|un|une|en|au|aux|l['’]|d['’])(?![\p{L}])/iu;
/** Control characters other than tab and line breaks: text has next to none, binaries many. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they tell a binary from text.
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export class ArticleInputError extends StatusError {
  override readonly name = 'ArticleInputError';
  readonly status = 400;
  readonly code = 'bad_request';
  override readonly field = 'text';
  override get replyMessage() {
    return `the article ${this.message}`;
  }
}

/** Refuses a size over the limit before anything is read or decoded. */
export function checkArticleSize(bytes: number): void {
  if (bytes > ARTICLE_MAX_BYTES) {
    throw new ArticleInputError(`is ${(bytes / 1024 / 1024).toFixed(1)} MB; an article is at most ${ARTICLE_MAX_BYTES / 1024 / 1024} MB of text`);
  }
}

/**
 * UTF-16 as Windows tools save text: a byte-order mark, or (without one) a
 * NUL beside nearly every ASCII letter, on the same side throughout.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(Math.floor(bytes.length / 2), 4096);
  if (pairs < 2) return null;
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls += 1;
    if (bytes[2 * i + 1] === 0) oddNuls += 1;
  }
  if (oddNuls > pairs * 0.6 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.6 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

export function readArticleBytes(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  // UTF-16 takes two bytes for what UTF-8 writes in one: the limit is on the text (checkArticleText), within reason here.
  checkArticleSize(utf16 ? bytes.byteLength / 2 : bytes.byteLength);
  if (utf16) {
    try {
      return checkArticleText(new TextDecoder(utf16, { fatal: true }).decode(bytes));
    } catch (error) {
      if (error instanceof ArticleInputError) throw error;
      throw new ArticleInputError(`looks like ${utf16.toUpperCase()} text but does not decode as it; save it as UTF-8`);
    }
  }
  if (bytes.includes(0)) throw new ArticleInputError('is binary, not text (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError('is not UTF-8 text');
  }
  return checkArticleText(text);
}

export function checkArticleText(raw: string): string {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ArticleInputError('is empty');
  checkArticleSize(Buffer.byteLength(text));
  if ((text.match(CONTROL)?.length ?? 0) > text.length / 100) throw new ArticleInputError('is binary, not text (it is full of control characters)');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) throw new ArticleInputError('has no words');
  if (letters < MIN_LETTERS_FOR_LANGUAGE && !FRENCH_WORDS.test(text)) {
    throw new ArticleInputError('is not in French (none of the words every French sentence has); Liaison reads French articles');
  }
  if (letters >= MIN_LETTERS_FOR_LANGUAGE) {
    const language = franc(text);
    if (language !== 'fra') {
      throw new ArticleInputError(`is not in French (it reads as ${language === 'und' ? 'no known language' : `"${language}"`}); Liaison reads French articles`);
    }
  }
  return text;
}
