/**
 * Finds the parts of a scraped article page that are not the article: headline
 * lists, "Lire aussi" links, share buttons, and everything after a
 * "Plus articles à lire" block. Facts may never be quoted from them.
 */

export interface TextSpan {
  start: number;
  end: number;
  reason: string;
}

const FURNITURE_LINE =
  /^(lire aussi|lire ausi|lire la suite|partager|tweeter|facebook|twitter|whatsapp|linkedin|imprimer|publicit[ée]|spot_img|faites la subscription|merci d'avoir signal|cette image sera|cliquez ici|accueil|profitez d'un acc[eè]s|bient[ôo]t, nous aurons)/i;
/** The ` date 2024-12` line start the collected articles carry: a date, then the page's first words. */
export const ARTICLE_DATE_HEADER = /^\s*date (\d{4}(?:-\d{2}){0,2})\b\s*/;
/** A line that opens the page's lists of other articles: everything after it is furniture ("Dernier articles", "Les articles les plus lu"). */
const TRAILING_BLOCK = /^(?:plus (d')?articles? [aà] lire|(?:derniers?|dernières) (?:articles|actualités|infos)\s*$|les articles les plus lus?\s*$|articles similaires\s*$|sur le même sujet\s*$)/i;
/** Headline lists come as one line of many titles separated by runs of spaces. */
const HEADLINE_SEPARATOR = /\S[ \u00a0\t]{3,}(?=\S)/g;
const HEADLINE_LIST_MIN_SEPARATORS = 4;

export function findPageFurniture(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    const header = start === 0 ? (ARTICLE_DATE_HEADER.exec(line)?.[0].length ?? 0) : 0;
    const trimmed = line.slice(header).trim();
    if (TRAILING_BLOCK.test(trimmed)) {
      spans.push({ start, end: text.length, reason: 'after "Plus articles à lire"' });
      break;
    }
    if (FURNITURE_LINE.test(trimmed)) {
      spans.push({ start: start + header, end, reason: 'page furniture line' });
    } else if ((line.match(HEADLINE_SEPARATOR)?.length ?? 0) >= HEADLINE_LIST_MIN_SEPARATORS) {
      spans.push({ start, end, reason: 'headline list' });
    }
  }
  return spans;
}

/** The span that contains [start, end), if any. */
export function furnitureAt(spans: TextSpan[], start: number, end: number): TextSpan | undefined {
  return spans.find((span) => start < span.end && end > span.start);
}
