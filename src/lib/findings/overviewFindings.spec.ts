import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../server/bundledCatalog';
import { overviewFindings } from './overviewFindings';
import { findings } from './findings';

describe('overviewFindings', () => {
	it('opens the overview with at most six findings, three of a theme, significant changes first', () => {
		// The −23 pts of partnership expectations crosses a series break: not a key finding.
		const catalog = bundledCatalog('fr');
		const list = overviewFindings(catalog);
		expect(list).toHaveLength(6);
		const all = findings(catalog, { perTheme: Infinity });
		const chosen = list.map((item) => all.find((f) => f.text === item.text)!);
		expect(chosen.map((f) => [f.questionId, f.answerId, f.delta])).toEqual([
			['awareness_terms', 'sse', -21],
			['priority_problems', 'social_cohesion', 19],
			['partnerships_collaborates_with', 'public_authorities', -15],
			['priority_problems', 'unemployment', 14],
			['hiring_plans', 'yes', -12],
			['innovative_actors', 'public_authorities', 10]
		]);
		expect(chosen.every((f) => f.verdict === 'significant')).toBe(true);
		expect(new Set(list.map((item) => item.key)).size).toBe(6);
	});
});
