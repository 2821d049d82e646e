import { describe, expect, it } from 'vitest';
import { themePath } from './themePath';

describe('themePath', () => {
	it('sends the themed questions to their page and the others to their own page', () => {
		expect(themePath('awareness', 'awareness_terms')).toBe('/awareness');
		expect(themePath('barriers_to_creation', 'barriers_to_creation')).toBe('/obstacles');
		expect(themePath('impact_measurement', 'impact_measurement_started')).toBe(
			'/questions/impact_measurement_started'
		);
	});
});
