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
	let text = label.replace(questionNumberPrefix, '');
	// Most labels are plain ASCII: decomposing accents and Unicode classes are skipped for them.
	const ascii = /^[\x20-\x7e]*$/.test(text);
	if (!ascii) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	text = text.toLowerCase();
	if (!ascii) text = text.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
	// "CSP+" and "CSP-" are two columns: their signs are words here, not punctuation.
	if (text.includes('+')) text = text.replace(/\+/g, ' plus ');
	if (text.includes('-')) text = text.replace(/(?<=[\p{L}\p{N}])-(?=\s*$|\s*[,;/)])/gu, ' minus ');
	return text.replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ').trim();
}
