import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../server/bundledCatalog';
import { figureSentence, gapSentence } from './sentences';

const french = bundledCatalog('fr');
const english = bundledCatalog('en');

describe('figureSentence', () => {
	it("fills the question's template with the population's phrase and the change clause", () => {
		const withPhrase = { ...french, populationPhrase: () => 'du grand public' };
		const estimate = french.estimate('public', 'awareness_terms', 'sse', 2020)!;
		const change = french.changeTo('public', 'awareness_terms', 'sse', 2020);
		expect(figureSentence(withPhrase, estimate, change)).toBe(
			"En 2020, 47\u00a0% du grand public a déjà entendu parler du terme «\u00a0Économie sociale et solidaire (ESS)\u00a0», en recul de 21\u00a0points depuis 2018 (au-delà de la marge d'erreur)."
		);
	});

	it('falls back to the population label, and writes a first wave as a level alone', () => {
		const estimate = english.estimate('entrepreneurs', 'digital_social_link', 'yes', 2017)!;
		expect(figureSentence(english, estimate, undefined)).toBe(
			'Associating digital technology with social entrepreneurship, 2017: “Yes” for 60% Social entrepreneurs.'
		);
	});

	it('writes a question without a template from its labels', () => {
		const estimate = english.estimate('entrepreneurs', 'hiring_plans', 'yes', 2017)!;
		const change = english.changeTo('entrepreneurs', 'hiring_plans', 'yes', 2017);
		expect(figureSentence(english, estimate, change)).toBe(
			'Plans to hire in the coming year “Yes” — Social entrepreneurs, 2017: 81%, a fall of 12\u00a0points since 2016 (beyond the margin of error).'
		);
	});
});

describe('gapSentence', () => {
	it('says both levels, "about" for a derived side, and the gap', () => {
		const gap = english.gap(2017, 'priority_problems', 'climate_change')!;
		expect(gapSentence(english, gap)).toBe(
			'Societal (social/environmental) problems to solve as a priority “Climate change”, 2017: 49% (Social entrepreneurs) against about 23% (General public), a gap of about 26\u00a0points (beyond the margin of error).'
		);
	});
});
