import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../server/bundledCatalog';
import { noteReason, notedFigureGroups } from './notedFigures';

describe('noteReason', () => {
	const figure = {
		derived: false,
		approximate: false,
		pct: 50 as number | null,
		note: 'A caveat.' as string | null
	};

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
	const catalog = bundledCatalog('fr');
	const groups = notedFigureGroups(catalog);
	const all = groups.flatMap((group) => group.figures);

	it('lists every figure with a note exactly once', () => {
		const noted = catalog.dataset.figures.filter((figure) => figure.note);
		expect(all).toHaveLength(noted.length);
		expect(all).toHaveLength(37);
		expect(new Set(all.map((figure) => figure.key)).size).toBe(all.length);
	});

	it('groups them: conflicts first, then derived levels, approximate figures, changes only, other notes', () => {
		expect(groups.map((group) => [group.reason, group.figures.length])).toEqual([
			['conflict', 20],
			['derived', 11],
			['approximate', 2],
			['change_only', 2],
			['other', 2]
		]);
	});

	it("gives the 2017 entrepreneurs' optimism conflict with its labels, value and note", () => {
		const optimism = all.find(
			(figure) => figure.key === 'entrepreneurs/optimism_own_capacity/optimistic/2017'
		);
		expect(optimism).toMatchObject({
			year: 2017,
			populationLabel: 'Entrepreneurs sociaux',
			value: 96,
			note: "mediatico.fr's text says 95% (its URL says 96) (ambiguity 7)."
		});
		expect(groups[0].figures).toContainEqual(optimism);
	});

	it('keeps a change published without a level, with its change and base year', () => {
		const gender = all.find(
			(figure) => figure.key === 'public/priority_problems/gender_equality/2017'
		);
		expect(gender).toMatchObject({ value: null, publishedDelta: 7, publishedDeltaVsYear: 2016 });
	});

	it('sorts each group by year', () => {
		for (const group of groups)
			expect(group.figures.map((f) => f.year)).toEqual(
				[...group.figures.map((f) => f.year)].sort((a, b) => a - b)
			);
	});
});
