/**
 * Fills the `{name}` placeholders of a message (src/lib/i18n/messages.ts) with values already
 * written in the page's language. A placeholder without a value is a bug in the caller: it throws
 * rather than printing "{year}" on the page.
 * @example fillTemplate('depuis {year}', { year: 2016 }) // 'depuis 2016'
 */
export function fillTemplate(
	template: string,
	values: Readonly<Record<string, string | number>>
): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new RangeError(`No value for "{${name}}" in "${template}"`);
		return String(value);
	});
}
