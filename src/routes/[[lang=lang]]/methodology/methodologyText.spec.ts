import { describe, expect, it } from 'vitest';
import { citedBy, comparisonParagraphs, publishedChange, verdictName } from './methodologyText';

describe('comparisonParagraphs', () => {
	it('fills the caveat with the counts, written in the language', () => {
		const [first, second] = comparisonParagraphs('en', {
			total: 1200,
			changes: 900,
			notComparable: 0,
			gaps: 300,
			verdicts: { significant: 400, not_significant: 700, borderline: 3, untestable: 97 },
			testable: 1103,
			expectedByChance: 55.15
		});
		expect(first).toMatch(/^The dashboard makes 1,200 comparisons: 900 changes .* 300 gaps /);
		expect(first).toContain('400 are flagged significant, 700 not significant, 3 borderline');
		expect(second).toContain('of the 1,103 testable comparisons, about 55 could be flagged');
		expect(first).not.toContain('series break');
	});

	it('says how many changes across a series break are left out of the count', () => {
		const [first] = comparisonParagraphs('fr', {
			total: 63,
			changes: 54,
			notComparable: 2,
			gaps: 9,
			verdicts: { significant: 29, not_significant: 24, borderline: 0, untestable: 10 },
			testable: 53,
			expectedByChance: 2.65
		});
		expect(first).toMatch(
			/^Le tableau de bord fait 63\u00a0comparaisons\u00a0: 54\u00a0évolutions /
		);
		expect(first).toMatch(
			/ 2\u00a0évolutions par-dessus une rupture de série \(formulation changée\) ne sont pas calculées, ni donc comptées\.$/
		);
	});
});

describe('publishedChange', () => {
	it('names the wave the change is measured from, when known', () => {
		expect(publishedChange('en', '+5 pts', 2016)).toBe('published change: +5 pts since 2016');
		expect(publishedChange('fr', '+5 pts', null)).toBe('évolution publiée\u00a0: +5 pts');
	});
});

describe('citedBy', () => {
	it('is singular for one row only', () => {
		expect(citedBy('fr', 1)).toBe('1\u00a0ligne de données');
		expect(citedBy('en', 1071)).toBe('1,071 data rows');
	});
});

describe('verdictName', () => {
	it('is the verdict the charts write, capitalised', () => {
		expect(verdictName('fr', 'not_significant')).toBe('Non significatif');
		expect(verdictName('en', 'untestable')).toBe('Not testable');
	});
});
