import { editDistance } from '../data/closestMatch';
import { normaliseLabel } from '../data/normaliseLabel';

/**
 * An identifier made from a wording: its first words in snake case, at most `length` characters.
 *
 * @example
 * slugify('18-24 ans')                                  // '18_24_ans'
 * slugify('Q9. Seriez-vous prêt à payer plus cher ?')   // 'seriez_vous_pret_a_payer_plus_cher'
 */
export function slugify(label: string, length = 40): string {
	const words = normaliseLabel(label).split(' ').filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}_${word}` : word;
		if (next.length > length) break;
		slug = next;
	}
	return slug || words[0]?.slice(0, length) || 'item';
}

function words(text: string): Set<string> {
	return new Set(text.split(' ').filter((word) => word.length > 2));
}

/**
 * How alike two normalised wordings are, from 0 to 1: the better of their edit-distance
 * similarity and the share of words they have in common (a reworded question keeps its words).
 *
 * @example
 * similarity('entrepreneuriat social', 'entrepreneuriat sociale') // 0.96 (rounded)
 */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	const longest = Math.max(a.length, b.length);
	if (longest === 0) return 1;
	const byCharacters = 1 - editDistance(a, b) / longest;
	const wordsA = words(a);
	const wordsB = words(b);
	let shared = 0;
	for (const word of wordsA) if (wordsB.has(word)) shared++;
	const byWords = wordsA.size + wordsB.size === 0 ? 0 : (2 * shared) / (wordsA.size + wordsB.size);
	return Math.max(byCharacters, byWords);
}

/** Below this similarity a wording is a new question or answer, not a variant of a known one. */
export const CLOSE_ENOUGH = 0.6;

/**
 * The known wording closest to `label`, when close enough to be proposed as the same.
 *
 * @example
 * closestLabel('problemes a resoudre', [{ id: 'priority_problems', label: 'problemes a resoudre en priorite' }])
 * // { id: 'priority_problems', score: 0.8 }
 */
export function closestLabel(
	label: string,
	known: readonly { id: string; label: string }[]
): { id: string; score: number } | null {
	let best: { id: string; score: number } | null = null;
	for (const candidate of known) {
		const score = similarity(label, candidate.label);
		if (!best || score > best.score) best = { id: candidate.id, score };
	}
	return best && best.score >= CLOSE_ENOUGH ? best : null;
}
