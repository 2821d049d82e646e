/**
 * Words that say a figure moved (rose, fell…), by language. A key finding may use one only for a
 * significant change; a finding template (questions.csv) never does: its `{change}` says it.
 */
import type { Lang } from './lang';

/** French stems (a word that starts with one matches) and whole English words. */
const words: Record<Lang, Record<'rise' | 'fall', string[]>> = {
	fr: {
		rise: 'progress hausse augment monte grimp croissance accroiss'.split(' '),
		fall: 'recul baiss diminu chute régress descend'.split(' ')
	},
	en: {
		rise: 'rise rises rose risen rising up increase increased increases increasing grew grow grows grown growing climb climbed gain gained'.split(
			' '
		),
		fall: 'fall falls fell fallen falling down decrease decreased decreases decreasing drop dropped drops decline declined declines declining lower lowered'.split(
			' '
		)
	}
};

const letter = '[\\p{L}]';

/** Whole English words (so "up" is not found in "group"), French stems with their endings. */
function pattern(lang: Lang, list: readonly string[]): RegExp {
	const end = lang === 'en' ? `(?!${letter})` : '';
	return new RegExp(`(?<!${letter})(?:${list.join('|')})${end}`, 'iu');
}

const patterns = {
	fr: { rise: pattern('fr', words.fr.rise), fall: pattern('fr', words.fr.fall) },
	en: { rise: pattern('en', words.en.rise), fall: pattern('en', words.en.fall) }
} satisfies Record<Lang, { rise: RegExp; fall: RegExp }>;

export type Direction = 'rise' | 'fall';

/**
 * The first move word of a text in a language, of the directions asked (both by default), and its
 * direction; null when there is none.
 *
 * @example moveWord('fr', 'en recul de 21 points') // { word: 'recul', direction: 'fall' }
 * @example moveWord('en', 'a rise of 5 points') // { word: 'rise', direction: 'rise' }
 * @example moveWord('en', 'a rise of 5 points', ['fall']) // null
 * @example moveWord('en', 'stable since 2016 (+2 pts, within the margin of error)') // null
 */
export function moveWord(
	lang: Lang,
	text: string,
	directions: readonly Direction[] = ['rise', 'fall']
): { word: string; direction: Direction } | null {
	let first: { word: string; direction: Direction; index: number } | null = null;
	for (const direction of directions) {
		const match = patterns[lang][direction].exec(text);
		if (match && (first === null || match.index < first.index))
			first = { word: match[0], direction, index: match.index };
	}
	return first && { word: first.word, direction: first.direction };
}
