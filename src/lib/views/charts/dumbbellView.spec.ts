import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { dumbbellView } from './dumbbellView';

describe('dumbbellView', () => {
	const view = dumbbellView(bundledCatalog('fr'), {
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

	it('pairs entrepreneurs (a) and public (b) with the gap a − b and its verdict', () => {
		expect(
			view.rows.map((row) => [row.label, row.a.value, row.b.value, row.gap.delta, row.gap.verdict])
		).toEqual([
			['Éducation', 88, 69, 19, 'significant'],
			['Associe le numérique', 60, 35, 25, 'significant']
		]);
		expect(view.rows[1].a.population).toBe('entrepreneurs');
		expect(view.rows[1].gap.ciLow).toBeGreaterThan(0);
	});
});
