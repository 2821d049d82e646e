import type { TextBlock, TextPart } from '../types';

/**
 * Reads a methodology text: paragraphs separated by blank lines, a line starting with `# ` is a
 * heading, http(s) addresses become links. Pure, and nothing in it is ever read as HTML.
 *
 * @example
 * parseMethodology('# Sources\n\nSee https://example.org.')
 * // [{ kind: 'heading', text: 'Sources' },
 * //  { kind: 'paragraph', parts: [{ kind: 'text', text: 'See ' }, { kind: 'link', href: 'https://example.org' }, { kind: 'text', text: '.' }] }]
 */
export function parseMethodology(text: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	let lines: string[] = [];
	const flush = () => {
		if (lines.length > 0) blocks.push({ kind: 'paragraph', parts: textParts(lines.join(' ')) });
		lines = [];
	};
	for (const raw of text.split(/\r\n|\r|\n/)) {
		const line = raw.trim();
		if (line === '') flush();
		else if (line.startsWith('# ')) {
			flush();
			blocks.push({ kind: 'heading', text: line.slice(2).trim() });
		} else lines.push(line);
	}
	flush();
	return blocks;
}

/** A paragraph's text cut into plain text and links; trailing punctuation stays out of a link. */
function textParts(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
		const href = match[0].replace(/[.,;:!?)»]+$/, '');
		if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
		parts.push({ kind: 'link', href });
		last = match.index + href.length;
	}
	if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
	return parts;
}
