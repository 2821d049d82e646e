/** "Q3.", "Q3 -", "Q12b)", "Question 4 :" before a question's wording. */
export const questionNumberPrefix =
	/^\s*(?:question|q)\s*\d+[a-z]?\s*(?:[.:)\u2013\u2014-]+\s*|\s+)/i;

/**
 * A wording reduced to what matching compares: no question number, no accents, lower case,
 * punctuation and runs of spaces as one space.
 *
 * @example
 * normaliseLabel('Q3. Avez-vous DÉJÀ entendu parler… ?') // 'avez vous deja entendu parler'
 * normaliseLabel('Q4 - Économie sociale (ESS)')          // 'economie sociale ess'
 * normaliseLabel('CSP-')                                 // 'csp minus'
 */
export function normaliseLabel(label: string): string {
	const unnumbered = label.replace(questionNumberPrefix, '');
	// Decomposing accents is the costly step: plain ASCII labels skip it.
	const plain = /^[\x20-\x7e]*$/.test(unnumbered)
		? unnumbered
		: unnumbered.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	return (
		plain
			.toLowerCase()
			.replace(/œ/g, 'oe')
			.replace(/æ/g, 'ae')
			// "CSP+" and "CSP-" are two columns: their signs are words here, not punctuation.
			.replace(/\+/g, ' plus ')
			.replace(/(?<=[\p{L}\p{N}])-(?=\s*$|\s*[,;/)])/gu, ' minus ')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
	);
}
