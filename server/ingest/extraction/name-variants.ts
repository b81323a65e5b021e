/**
 * One person written two ways in one article ("Abdullah Bin Muhammad El
 * Khelaifi" in the caption, "Abdullah Ben Mohammed Al-Khulaifi" in the body):
 * full names this alike are one entity, under the key of the first spelling.
 */
import { checkCount } from '../reading/article-limits';
import { nameSimilarity } from '../resolution/name-similarity';

/** Jaro-Winkler with Sonnex over the words: what resolution itself calls the same name. */
export const SAME_PERSON = 0.9;

/** For each key whose full name is a variant of an earlier one, that earlier key. */
export function variantKeys(named: { key: string; name: string }[]): Map<string, string> {
  const firsts: { key: string; name: string }[] = [];
  const aliases = new Map<string, string>();
  for (const { key, name } of named) {
    if (!name.includes(' ') || aliases.has(key) || firsts.some((f) => f.key === key)) continue;
    const same = firsts.find((f) => nameSimilarity(f.name, name) >= SAME_PERSON);
    if (same) aliases.set(key, same.key);
    else {
      firsts.push({ key, name });
      // Each name is compared with the ones before it: past the article's limit of people, the text is refused here, so the work stays linear.
      checkCount('persons', firsts.length);
    }
  }
  return aliases;
}
