import type { TextBlock, TextPart } from '../../data/types';
import { webLink, type SourcePart } from '../sourceLinks';

/** A section of the barometer's own methodology text: a `# ` heading and its paragraphs. */
export interface TextSectionView {
	/** The section's anchor on the page, `about-1`, `about-2`… */
	id: string;
	title: string;
	paragraphs: SourcePart[][];
}

/** The methodology text as the page lays it out: paragraphs before any heading, then sections. */
export interface MethodologyTextView {
	intro: SourcePart[][];
	sections: TextSectionView[];
}

/**
 * Groups methodology_<lang>.txt's blocks under their headings, each address a normalised link
 * (SourceText writes only http(s) ones).
 *
 * @example
 * methodologyText(parseMethodology('Intro.\n\n# Sources\n\nSee https://example.org.'))
 * // { intro: [[{ kind: 'text', text: 'Intro.' }]],
 * //   sections: [{ id: 'about-1', title: 'Sources', paragraphs: [[{ kind: 'text', text: 'See ' }, { kind: 'link', href: 'https://example.org/', label: 'https://example.org', domain: 'example.org' }, …]] }] }
 */
export function methodologyText(blocks: readonly TextBlock[]): MethodologyTextView {
	const view: MethodologyTextView = { intro: [], sections: [] };
	for (const block of blocks) {
		if (block.kind === 'heading') {
			view.sections.push({
				id: `about-${view.sections.length + 1}`,
				title: block.text,
				paragraphs: []
			});
			continue;
		}
		const parts = block.parts.map(sourcePart);
		const section = view.sections.at(-1);
		if (section) section.paragraphs.push(parts);
		else view.intro.push(parts);
	}
	return view;
}

/**
 * A paragraph of free text (site.csv's licence, say) cut into text and links.
 *
 * @example
 * textWithLinks([{ kind: 'text', text: 'CC BY, ' }, { kind: 'link', href: 'https://creativecommons.org/licenses/by/4.0/' }])
 */
export function textWithLinks(parts: readonly TextPart[]): SourcePart[] {
	return parts.map(sourcePart);
}

function sourcePart(part: TextPart): SourcePart {
	if (part.kind === 'text') return part;
	const link = webLink(part.href);
	return link
		? { kind: 'link', href: link.href, label: part.href, domain: link.domain }
		: { kind: 'text', text: part.href };
}
