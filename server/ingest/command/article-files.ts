/**
 * The files an ingest run reads: each file named, and the articles of each
 * folder named (its .txt files, in name order, not its subfolders). Every file
 * is read and checked before anything is written; a problem names the file.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleInputError, checkArticleSize, readArticleBytes } from '../reading/article-input';

/** What a folder's articles are saved as: plain text. Other files (notes, images) are left alone. */
const ARTICLE_FILE = /^[^.].*\.txt$/i;

export interface ArticleFile {
  file: string;
  text: string;
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new ArticleInputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `cannot be read (${(error as Error).message})`);
  }
}

/** The article files a path names: itself, or a folder's .txt files. */
function filesOf(path: string): string[] {
  const stat = statOf(path);
  if (!stat.isDirectory()) return [path];
  const names = readdirSync(path).filter((name) => ARTICLE_FILE.test(name)).sort((a, b) => a.localeCompare(b));
  const files = names.map((name) => join(path, name)).filter((file) => statOf(file).isFile());
  if (files.length === 0) throw new ArticleInputError('is a folder with no .txt article in it');
  return files;
}

function readArticle(file: string): string {
  const stat = statOf(file);
  if (!stat.isFile()) throw new ArticleInputError('is not a file');
  checkArticleSize(stat.size);
  return readArticleBytes(readFileSync(file));
}

/** Every article the paths name, or every problem found (`path: reason`), nothing read in part. */
export function readArticleFiles(paths: string[]): { articles: ArticleFile[]; problems: string[] } {
  const articles: ArticleFile[] = [];
  const problems: string[] = [];
  const attempt = (path: string, step: () => void) => {
    try {
      step();
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      problems.push(`${path}: ${error.message}`);
    }
  };
  for (const path of paths) {
    let files: string[] = [];
    attempt(path, () => (files = filesOf(path)));
    for (const file of files) attempt(file, () => articles.push({ file, text: readArticle(file) }));
  }
  return { articles, problems };
}
