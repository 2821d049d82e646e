import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../fixtures';
import { dumbbellView } from './dumbbellView';

describe('dumbbellView', () => {
	const view = dumbbellView(sampleCatalog('fr'), {
		id: 'tech',
		title: 'Tech for good',
		rows: [
			{ questionId: 'digital_useful_domains', answerId: 'education', year: 2017 },
			{
				questionId: 'digital_social_link',
				answerId: 'yes',
				year: 2017,
				label: 'Associe le numérique'
			},
			{ questionId: 'digital_social_link', answerId: 'yes', year: 2013 }
		]
	});

	it('pairs the first population (a) with the second (b), with the gap a − b and its verdict', () => {
		expect(
			view.rows.map((row) => [row.label, row.a.value, row.b.value, row.gap.delta, row.gap.verdict])
		).toEqual([
			['Réponse education', 88, 69, 19, 'significant'],
			['Associe le numérique', 60, 35, 25, 'significant']
		]);
		expect([view.rows[1].a.population, view.rows[1].b.population]).toEqual([
			'entrepreneurs',
			'public'
		]);
		expect(view.rows[1].gap).toMatchObject({ fromYear: null });
		expect(view.rows[1].gap.ciLow).toBeGreaterThan(0);
	});

	it('leaves out a row asked of one sample only (2013)', () => {
		expect(view.rows.map((row) => row.key)).toEqual([
			'2017/digital_useful_domains/education',
			'2017/digital_social_link/yes'
		]);
	});
});
