import { describe, expect, it } from 'vitest';
import { fillFindingTemplate, findingTemplateProblem } from './findingTemplate';

describe('findingTemplateProblem', () => {
	it('accepts the known placeholders with {pct} and {change}', () => {
		expect(findingTemplateProblem('En {year}, {pct} {population} : « {answer} »{change}.')).toBe(
			null
		);
	});

	it('names an unknown placeholder, a missing {pct} or {change}, and stray braces', () => {
		expect(findingTemplateProblem('{pcts}{change}')).toBe(
			'unknown placeholder {pcts} (known: {pct}, {answer}, {population}, {change}, {year})'
		);
		expect(findingTemplateProblem('{pct} ont répondu')).toBe(
			'needs {change}: only it says whether the figure moved'
		);
		expect(findingTemplateProblem('{answer}{change}')).toBe('needs {pct}');
		expect(findingTemplateProblem('{pct}{change} }')).toBe('unbalanced { or }');
	});
});

describe('fillFindingTemplate', () => {
	it('puts each written value in its place', () => {
		expect(
			fillFindingTemplate('En {year}, {pct} {population}{change}.', {
				pct: '47 %',
				answer: 'ESS',
				population: 'du grand public',
				change: ', stable',
				year: '2020'
			})
		).toBe('En 2020, 47 % du grand public, stable.');
	});
});
