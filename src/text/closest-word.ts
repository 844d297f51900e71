/**
 * Suggests the intended word for a typo ("sites_rectifed" → "sites_rectified"), so an unknown-field
 * error can say "did you mean …?".
 */
import { closest, distance } from 'fastest-levenshtein';

/** The candidate closest to `word`, if it is close enough to be a plausible typo. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  const tolerance = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= tolerance ? best : undefined;
}
