/**
 * Text for SVG files written as strings (the exported charts, the social preview cards): wrapped
 * into lines by an estimated width, since a standalone SVG cannot wrap.
 */
import { measureText } from '../frame/dimensions';

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
