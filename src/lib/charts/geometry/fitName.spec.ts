import { describe, expect, it } from 'vitest';
import { measureText } from '../frame/dimensions';
import { acronym, baseName, endLabelWidth, fitName } from './fitName';

describe('endLabelWidth', () => {
	it('adds the name, regular and followed by a space, to the value in bold', () => {
		expect(endLabelWidth({ name: null, value: '47\u00a0%' }, 17)).toBe(47.9);
		expect(endLabelWidth({ name: 'ESS', value: '47\u00a0%' }, 17)).toBeCloseTo(
			measureText('ESS ', 17) + 47.9
		);
	});
});

describe('fitName', () => {
	it('keeps a name that fits', () => {
		expect(fitName('Oui', '57\u00a0%', 100, 17, 5)).toBe('Oui');
	});

	it('uses the acronym the name gives in brackets before cutting it', () => {
		expect(acronym('Économie sociale et solidaire (ESS)')).toBe('ESS');
		expect(acronym('Changement climatique (Grand public)')).toBeNull();
		expect(fitName('Économie sociale et solidaire (ESS)', '47\u00a0%', 120, 17, 5)).toBe('ESS');
	});

	it('cuts a long name with an ellipsis, never in the middle of a bracket or after a space', () => {
		const name = fitName('Changement climatique (Grand public)', '42\u00a0%', 180, 17, 5);
		expect(name).toMatch(/^Changement.*…$/);
		expect(name).not.toMatch(/[\s(]…$/);
		expect(endLabelWidth({ name: name ?? '', value: '42\u00a0%' }, 17)).toBeLessThanOrEqual(180);
	});

	it("drops a qualifier in brackets when the rest is the series' own, and never cuts inside brackets", () => {
		expect(baseName('Santé (Grand public)')).toBe('Santé');
		expect(fitName('Santé (Grand public)', '39\u00a0%', 110, 17, 5, true)).toBe('Santé');
		const cut = fitName('Changement climatique (Grand public)', '42\u00a0%', 200, 17, 5, false);
		expect(cut).toMatch(/^Changement[^(]*…$/);
		// Shared by two series, the name loses its qualifier with an ellipsis to say so.
		expect(fitName('Chômage (Grand public)', '48\u00a0%', 150, 17, 5, false)).toBe('Chômage…');
	});

	it('gives up when not even a few letters fit', () => {
		expect(fitName('Délinquance / sécurité', '32\u00a0%', 60, 17, 5)).toBeNull();
	});
});
