/**
 * The JavaScript source of a plain value (null, booleans, numbers, strings, arrays, objects), for a
 * module that exports it. Unlike JSON it keeps -0, Infinity and NaN, which a cell such as `-0` can
 * give and which a page prints differently from 0.
 *
 * @example
 * jsLiteral({ pct: 63, delta: -0, note: null }) // '{"pct":63,"delta":-0,"note":null}'
 */
export function jsLiteral(value: unknown): string {
	if (value === undefined) return 'undefined';
	if (value === null || typeof value === 'boolean' || typeof value === 'string')
		return JSON.stringify(value);
	if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
	if (Array.isArray(value)) return `[${value.map(jsLiteral).join(',')}]`;
	if (typeof value === 'object')
		return `{${Object.entries(value)
			.map(([key, entry]) => `${JSON.stringify(key)}:${jsLiteral(entry)}`)
			.join(',')}}`;
	throw new TypeError(`jsLiteral: cannot write a ${typeof value}`);
}
