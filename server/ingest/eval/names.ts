/**
 * When the scorer counts a proposed name as a curated one: the same words once
 * accents, case and punctuation are set aside, or the curated name's surname
 * alone ("M. Hammouchi"). Deliberately independent of the pipeline's own
 * resolution, so loosening that cannot raise the score.
 */
import { foldKeepingOffsets } from '../../text/normalise';
import type { GoldName } from './gold';

const words = (s: string) =>
  foldKeepingOffsets(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

export function samePerson(proposed: string, gold: GoldName): boolean {
  const mine = words(proposed);
  if (mine.length === 0) return false;
  return [gold.name, ...gold.aliases].some((name) => {
    const theirs = words(name);
    if (mine.join(' ') === theirs.join(' ') || mine.join('') === theirs.join('')) return true;
    // A surname alone: the last words of the curated name.
    return mine.length < theirs.length && theirs.slice(-mine.length).join(' ') === mine.join(' ');
  });
}

export function sameOrganization(proposed: { name: string; acronym?: string }, gold: GoldName): boolean {
  const theirs = new Set([gold.name, ...gold.aliases].map((n) => words(n).join(' ')));
  return [proposed.name, ...(proposed.acronym ? [proposed.acronym] : [])].some((n) => theirs.has(words(n).join(' ')));
}
