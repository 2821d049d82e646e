const SPACES = '[ \\u00a0\\u202f]*';

/**
 * French spacing in a finding, whatever its template typed: a no-break space (U+00A0) before "%",
 * ":" and "»" and after "«", a narrow one (U+202F) before ";", "!" and "?", and U+2212 for a minus
 * sign before a number. Hyphens inside words ("femmes-hommes") and times ("10:35") are kept.
 *
 * @example frenchTypography('« Oui »: 63 %') // '« Oui » : 63 %' with U+00A0 in each gap
 * @example frenchTypography('soit -13 pts ?') // 'soit −13 pts ?' (U+2212, U+202F before ?)
 */
export function frenchTypography(text: string): string {
	return text
		.replace(new RegExp(`(\\d)${SPACES}%`, 'g'), '$1\u00a0%')
		.replace(new RegExp(`${SPACES}(?<!\\d):(?!\\d)`, 'g'), '\u00a0:')
		.replace(new RegExp(`${SPACES}»`, 'g'), '\u00a0»')
		.replace(new RegExp(`«${SPACES}`, 'g'), '«\u00a0')
		.replace(new RegExp(`${SPACES}([;!?])`, 'g'), '\u202f$1')
		.replace(/(^|[\s(])-(?=\d)/g, '$1\u2212');
}
