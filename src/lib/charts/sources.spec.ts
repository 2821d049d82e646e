/**
 * Guards on the chart components' sources: a strict CSP (style-src 'self') forbids inline styles,
 * and labels are text, never HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const components = readdirSync(folder).filter((name) => name.endsWith('.svelte'));

describe('chart components', () => {
	it.each(components)('%s has no style attribute, no style directive and no {@html}', (name) => {
		const source = readFileSync(`${folder}/${name}`, 'utf8');
		const markup = source.replace(/<style>[\s\S]*?<\/style>/, '');
		expect(markup).not.toMatch(/\sstyle[=:]/);
		expect(markup).not.toContain('{@html');
	});

	it.each(components)('%s starts with an @component comment and types its props', (name) => {
		const source = readFileSync(`${folder}/${name}`, 'utf8');
		expect(source.startsWith('<!--\n@component')).toBe(true);
		expect(source).toContain('interface Props');
	});
});
