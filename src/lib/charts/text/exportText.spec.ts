import { describe, expect, it } from 'vitest';
import { awarenessTrend, digitalDumbbell, obstaclesBars } from '../test/fixtures';
import { baseLine, chartEstimates, chartTitle, marginNote } from './exportText';

describe('chartTitle', () => {
	it('is the view title, with the population and wave for a ranking', () => {
		expect(chartTitle({ kind: 'trend', view: awarenessTrend('fr') })).toBe(
			"Notoriété de l'économie sociale et solidaire"
		);
		expect(chartTitle({ kind: 'bars', view: obstaclesBars('en') })).toBe(
			'Obstacles to developing the activity, 2017 — Social entrepreneurs, 2017'
		);
	});
});

describe('baseLine', () => {
	it('gives the range of the known bases and the years whose n is unknown', () => {
		const estimates = chartEstimates({ kind: 'trend', view: awarenessTrend('fr') });
		expect(baseLine('fr', estimates)).toBe(
			'Effectif\u00a0: Grand public, n\u00a0=\u00a01\u202f002–1\u202f071, n inconnu (2012)'
		);
	});

	it('lists each population once, in order of appearance', () => {
		const estimates = chartEstimates({ kind: 'gaps', view: digitalDumbbell('en') });
		expect(estimates).toHaveLength(8);
		expect(baseLine('en', estimates)).toBe(
			'Sample size: Social entrepreneurs, n\u00a0=\u00a088; General public, n\u00a0=\u00a01,071'
		);
	});
});

describe('marginNote', () => {
	it('is in the language of the page', () => {
		expect(marginNote('fr')).toBe(
			"Bandes et barres d'erreur\u00a0: intervalles de confiance à 95\u00a0%. Les marges sont calculées par référence à un échantillon aléatoire de même taille."
		);
	});
});
