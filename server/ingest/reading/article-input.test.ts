import { describe, expect, it } from 'vitest';
import { ArticleInputError, checkArticleText, readArticleBytes } from './article-input';

const refused = (f: () => unknown, reason: RegExp) => {
  expect(f).toThrow(ArticleInputError);
  expect(f).toThrow(reason);
};

describe('what counts as an article', () => {
  it('reads a short French note, with a byte-order mark and Windows line ends', () => {
    expect(checkArticleText('\uFEFFM. Hammouchi a reçu lundi à Rabat le directeur du FBI.\r\n')).toBe('M. Hammouchi a reçu lundi à Rabat le directeur du FBI.\n');
  });

  it('refuses an empty or blank text', () => {
    refused(() => checkArticleText(''), /is empty/);
    refused(() => checkArticleText(' \n\t\n'), /is empty/);
  });

  it('refuses text without words', () => refused(() => checkArticleText('2024-11-25 12:00 — 42 / 7'), /has no words/));

  it('refuses English and German, long or short', () => {
    refused(() => checkArticleText('The FBI director met his Moroccan counterpart in Washington on Monday.'), /not in French/);
    refused(
      () => checkArticleText('Der Präsident der Bundespolizei traf sich am Montag mit dem Generaldirektor der marokkanischen Polizei in Rabat, um über Terrorismus zu sprechen. '.repeat(3)),
      /not in French \(it reads as "deu"\)/,
    );
  });

  it('refuses binary content: NUL bytes, invalid UTF-8, control characters', () => {
    refused(() => readArticleBytes(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), /is binary/);
    refused(() => readArticleBytes(Buffer.from([0x4c, 0x65, 0x20, 0xff, 0xfe, 0x20, 0x61])), /not UTF-8/);
    refused(() => checkArticleText('le \u0001\u0002\u0003\u0004 de la \u0005\u0006\u0007\u0008 et'), /control characters/);
  });

  it('refuses more than a megabyte', () => refused(() => readArticleBytes(Buffer.alloc(2 * 1024 * 1024, 0x61)), /is 2\.0 MB/));

  it('reads UTF-16 text, with or without a byte-order mark, as the text it is (not "binary")', () => {
    const text = 'M. Hammouchi a reçu lundi à Rabat le directeur du FBI.';
    expect(readArticleBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(readArticleBytes(Buffer.from(text, 'utf16le'))).toBe(text);
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    expect(readArticleBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toBe(text);
  });
});
