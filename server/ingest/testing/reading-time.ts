import { ArticleTooLargeError } from '../reading/article-limits';
import { analyseArticle } from '../extraction/analyse-article';

/** How long reading `text` takes in this thread, in ms, and whether it was refused as more than one article. */
export function readingTime(text: string): { ms: number; refused: boolean } {
  const start = performance.now();
  let refused = false;
  try {
    analyseArticle(text);
  } catch (error) {
    if (!(error instanceof ArticleTooLargeError)) throw error;
    refused = true;
  }
  return { ms: performance.now() - start, refused };
}
