import { readFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { GAP_LABEL_FONT } from './layerSizes';

describe('layerSizes', () => {
	it("gives the font size GapMarkers' stylesheet writes the missing years' labels at", () => {
		const source = readFileSync(new URL('./GapMarkers.svelte', import.meta.url), 'utf8');
		const { css } = compile(source, { filename: 'GapMarkers.svelte', css: 'external' });
		const rule = /^\s*\.gap-marker__label\.svelte-[\w-]+\s*\{([^}]*)\}/m.exec(css?.code ?? '');
		expect(rule?.[1]).toMatch(new RegExp(`font-size:\\s*${GAP_LABEL_FONT}em;`));
	});
});
