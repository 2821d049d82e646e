/** The longest value a message quotes: enough to recognise it, short enough for one terminal line. */
export const MESSAGE_VALUE_LENGTH = 60;

/**
 * Cuts a value quoted in a message to {@link MESSAGE_VALUE_LENGTH} characters, the last being "…",
 * without splitting a surrogate pair: a 100,000-character cell must not fill the report.
 *
 * @example
 * truncate('awareness_terms') // 'awareness_terms'
 * truncate('x'.repeat(100_000)) // 59 × 'x', then '…'
 */
export function truncate(value: string, length = MESSAGE_VALUE_LENGTH): string {
	if (value.length <= length) return value;
	let end = length - 1;
	const last = value.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end -= 1;
	return `${value.slice(0, end)}…`;
}
