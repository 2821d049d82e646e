import { describe, expect, it } from 'vitest';
import { emptyCatalog, sampleCatalog } from '../fixtures';
import { noteReason, notedFigureGroups } from './notedFigures';

describe('noteReason', () => {
	const figure = {
		break: false,
		derived: false,
		approximate: false,
		pct: 50 as number | null,
		note: 'A caveat.' as string | null
	};

	it('puts a series break first, whatever else the figure is', () => {
		expect(
			noteReason({ ...figure, break: true, derived: true, note: 'Series break (ambiguity 10).' })
		).toBe('break');
	});

	it('puts a derived level first, whatever its note says', () => {
		expect(
			noteReason({ ...figure, derived: true, note: 'Derived twice: ±2 pts (ambiguity 14).' })
		).toBe('derived');
	});

	it('recognises a conflict, an ambiguity or an uncertainty', () => {
		expect(
			noteReason({ ...figure, note: "Conflicts with the press 'a quarter' (ambiguity 8)." })
		).toBe('conflict');
		expect(
			noteReason({ ...figure, note: 'Population uncertain: general public or young people.' })
		).toBe('conflict');
		expect(
			noteReason({
				...figure,
				approximate: true,
				note: "Press wording 'un quart'; conflicts with 41%."
			})
		).toBe('conflict');
	});

	it('then an approximate figure, a change without a level, and anything else', () => {
		expect(
			noteReason({
				...figure,
				approximate: true,
				note: "Published as '1 Français sur 2': approximate."
			})
		).toBe('approximate');
		expect(noteReason({ ...figure, pct: null, note: 'Level not published; change only.' })).toBe(
			'change_only'
		);
		expect(noteReason({ ...figure, note: "2018 wording adds 'as an employee'." })).toBe('other');
	});
});

describe('notedFigureGroups', () => {
	const catalog = sampleCatalog('fr');
	const groups = notedFigureGroups(catalog);
	const all = groups.flatMap((group) => group.figures);

	it('lists every figure with a note exactly once', () => {
		expect(all).toHaveLength(catalog.dataset.figures.filter((figure) => figure.note).length);
		expect(all).toHaveLength(5);
		expect(new Set(all.map((figure) => figure.key)).size).toBe(all.length);
	});

	it('groups them in the order of noteReasons, leaving out empty groups (no "other" here)', () => {
		expect(groups.map((group) => [group.reason, group.figures.map((f) => f.key)])).toEqual([
			[
				'conflict',
				['public/barriers_to_creation/money/2017', 'public/barriers_to_creation/idea/2017']
			],
			['derived', ['entrepreneurs/obstacles_development/partners/2017']],
			['approximate', ['public/digital_social_link/yes/2013']],
			['change_only', ['public/awareness_terms/social_entrepreneur/2016']]
		]);
	});

	it('gives a figure its labels, value and note', () => {
		expect(groups[0].figures[0]).toEqual({
			key: 'public/barriers_to_creation/money/2017',
			year: 2017,
			populationLabel: 'Grand public',
			question: 'Question barriers_to_creation',
			answer: 'Réponse money',
			value: 40,
			publishedDelta: null,
			publishedDeltaVsYear: null,
			note: 'Population uncertain (ambiguity 4).'
		});
	});

	it('keeps a change published without a level, with its published delta and base year', () => {
		expect(
			all.find((figure) => figure.key === 'public/awareness_terms/social_entrepreneur/2016')
		).toMatchObject({ value: null, publishedDelta: 7, publishedDeltaVsYear: 2013 });
	});

	it('gives no group without notes', () => {
		expect(notedFigureGroups(emptyCatalog('fr'))).toEqual([]);
	});
});
