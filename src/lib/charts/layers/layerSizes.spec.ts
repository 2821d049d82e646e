import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAP_LABEL_FONT } from './layerSizes';

describe('layerSizes', () => {
	it("gives the font size the charts' stylesheet writes the missing years' labels at", () => {
		const css = readFileSync(new URL('../charts.css', import.meta.url), 'utf8');
		const rule = /^\.gap-marker__label\s*\{([^}]*)\}/m.exec(css);
		expect(rule?.[1]).toMatch(new RegExp(`font-size:\\s*${GAP_LABEL_FONT}em;`));
	});
});
