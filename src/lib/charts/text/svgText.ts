/**
 * Text for SVG files written as strings (the exported charts, the social preview cards): escaped
 * for XML, and wrapped into lines by an estimated width, since a standalone SVG cannot wrap.
 */
import { measureText } from '../frame/dimensions';

/**
 * Text safe inside an XML element or a quoted attribute value; characters XML 1.0 forbids
 * (control characters other than tab, line feed and carriage return) are dropped.
 * @example escapeXml('<b onclick="x">&') // '&lt;b onclick=&quot;x&quot;&gt;&amp;'
 */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * A text cut into lines no wider than `width` at `fontSize` (measured as the charts measure their
 * labels: measureText), at spaces; a word longer than a line gets a line of its own. At most
 * `maxLines` lines, the last ending with an ellipsis when text was left out.
 * @example wrapLines('Notoriété des termes auprès du grand public', 200, 16) // ['Notoriété des termes', 'auprès du grand public']
 */
export function wrapLines(
	text: string,
	width: number,
	fontSize: number,
	maxLines = Infinity
): string[] {
	const words = text.split(/[ \n\t]+/).filter((word) => word !== '');
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		const joined = last === undefined ? word : `${last} ${word}`;
		if (last !== undefined && measureText(joined, fontSize) <= width)
			lines[lines.length - 1] = joined;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let end = kept[maxLines - 1];
	while (end.length > 1 && measureText(`${end}…`, fontSize) > width) end = end.slice(0, -1);
	kept[maxLines - 1] = `${end.trimEnd()}…`;
	return kept;
}
