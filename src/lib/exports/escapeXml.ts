/** Escaping for markup written as strings: SVG files, the embed snippet. */

/**
 * Text safe inside an XML element or a quoted attribute value; characters XML 1.0 forbids
 * (control characters other than tab, line feed and carriage return) are dropped.
 * @example escapeXml('<b onclick="x">&') // '&lt;b onclick=&quot;x&quot;&gt;&amp;'
 */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- these are the characters XML forbids
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}
