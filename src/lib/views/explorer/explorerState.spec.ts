import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExplorerState, writeExplorerState, type ExplorerOptions } from './explorerState';

const options: ExplorerOptions = {
	questions: [
		{ id: 'awareness_terms', populations: ['public'], years: [2012, 2013, 2016, 2017, 2018, 2020] },
		{
			id: 'priority_problems',
			populations: ['entrepreneurs', 'public'],
			years: [2012, 2016, 2017, 2018, 2020]
		},
		{
			id: 'sse_motivations',
			populations: ['public', 'public_18_24'],
			subgroups: ['public_18_24'],
			years: [2016, 2017]
		},
		{
			id: 'youth_only',
			populations: ['public_18_24'],
			subgroups: ['public_18_24'],
			years: [2017, 2018]
		}
	]
};

describe('readExplorerState', () => {
	it('reads a full URL', () => {
		expect(
			readExplorerState(
				new URLSearchParams('q=priority_problems&pop=public,entrepreneurs&from=2016&to=2020'),
				options
			)
		).toEqual({
			question: 'priority_problems',
			populations: ['public', 'entrepreneurs'],
			from: 2016,
			to: 2020
		});
	});

	it('falls back field by field on what the data has', () => {
		expect(
			readExplorerState(new URLSearchParams('q=nope&pop=martians&from=1999&to=abc'), options)
		).toEqual({
			question: 'awareness_terms',
			populations: ['public'],
			from: 2012,
			to: 2020
		});
		expect(readExplorerState(new URLSearchParams(''), { questions: [] })).toBeNull();
	});

	it('draws the subgroups when asked for, not by default', () => {
		const read = (query: string) =>
			readExplorerState(new URLSearchParams(query), options)?.populations;
		expect(read('q=sse_motivations')).toEqual(['public']);
		expect(read('q=sse_motivations&pop=public,public_18_24')).toEqual(['public', 'public_18_24']);
		// A question asked of a subgroup alone draws it.
		expect(read('q=youth_only')).toEqual(['public_18_24']);
	});

	it('puts the earlier year first', () => {
		expect(
			readExplorerState(new URLSearchParams('q=awareness_terms&from=2020&to=2013'), options)
		).toMatchObject({ from: 2013, to: 2020 });
	});
});

describe('writeExplorerState', () => {
	it('round-trips every valid state through the URL', () => {
		const state = fc
			.constantFrom(...options.questions)
			.chain((q) =>
				fc.record({
					question: fc.constant(q.id),
					populations: fc.uniqueArray(fc.constantFrom(...q.populations), { minLength: 1 }),
					years: fc.uniqueArray(fc.constantFrom(...q.years), { minLength: 2, maxLength: 2 })
				})
			)
			.map(({ question, populations, years }) => ({
				question,
				populations,
				from: Math.min(...years),
				to: Math.max(...years)
			}));
		fc.assert(
			fc.property(state, (s) => {
				expect(readExplorerState(new URLSearchParams(writeExplorerState(s)), options)).toEqual(s);
			})
		);
	});
});
