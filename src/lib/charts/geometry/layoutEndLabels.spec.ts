import { describe, expect, it } from 'vitest';
import { FONT_SIZES } from '../frame/dimensions';
import { endLabelWidth } from './fitName';
import { layoutEndLabels, type EndLabelOptions } from './layoutEndLabels';

const options: EndLabelOptions = { gap: 10, lineHeight: 21, top: 0, bottom: 250, right: 400 };

describe('layoutEndLabels', () => {
	it('writes the value alone for a chart of one series, whatever the room', () => {
		const { placed, unplaced } = layoutEndLabels(
			[{ key: 'a', name: null, value: '47\u00a0%', x: 390, y: 120 }],
			options
		);
		expect(unplaced).toEqual([]);
		expect(placed[0].x).toBe(400);
		for (const size of FONT_SIZES)
			expect(placed[0].texts[size]).toEqual({ name: null, value: '47\u00a0%' });
	});

	it('names each series, and spreads labels that would overlap', () => {
		const { placed } = layoutEndLabels(
			[
				{
					key: 'ess',
					name: 'Économie sociale et solidaire (ESS)',
					value: '47\u00a0%',
					x: 300,
					y: 120
				},
				{ key: 'social', name: 'Entrepreneuriat social', value: '45\u00a0%', x: 300, y: 125 }
			],
			{ ...options, right: 440 }
		);
		const [ess, social] = placed;
		expect(ess.texts[17].name).toBe('ESS');
		expect(social.texts[17].name).toMatch(/^Entrep.*…$/);
		expect(endLabelWidth(social.texts[17], 17)).toBeLessThanOrEqual(440 - 310);
		expect(social.texts[11].name?.length).toBeGreaterThan(social.texts[17].name?.length ?? 0);
		expect(social.y - ess.y).toBeGreaterThanOrEqual(21);
	});

	it('writes a longer name where the font is smaller', () => {
		const { placed } = layoutEndLabels(
			[{ key: 'a', name: 'Changement climatique', value: '42\u00a0%', x: 300, y: 100 }],
			{ ...options, right: 490 }
		);
		const lengths = FONT_SIZES.map((size) => placed[0].texts[size].name?.length ?? 0);
		expect(lengths[0]).toBeLessThan(lengths[3]);
		expect(placed[0].texts[11].name).toBe('Changement climatique');
	});

	it('stops a label before a line it would cross, and leaves out a label with no room', () => {
		const segments = [{ x1: 130, y1: 0, x2: 130, y2: 250 }];
		const { placed, unplaced } = layoutEndLabels(
			[
				{ key: 'early', name: 'Délinquance / sécurité', value: '32\u00a0%', x: 100, y: 100 },
				{ key: 'late', name: 'Santé', value: '39\u00a0%', x: 300, y: 100 }
			],
			{ ...options, right: 440, segments }
		);
		expect(unplaced).toEqual(['early']);
		expect(placed.map((label) => label.key)).toEqual(['late']);
	});

	it("stops a label before a later label at the same height, and writes it under its line's end instead", () => {
		const { placed, unplaced } = layoutEndLabels(
			[
				{ key: 'early', name: 'Chômage', value: '19\u00a0%', x: 200, y: 100 },
				{ key: 'late', name: 'Santé', value: '39\u00a0%', x: 260, y: 102 }
			],
			options
		);
		expect(unplaced).toEqual([]);
		const early = placed.find((label) => label.key === 'early');
		expect(early).toMatchObject({ anchor: 'end', x: 204 });
		expect(early?.y).toBeCloseTo(100 + 21);
		expect(placed.find((label) => label.key === 'late')).toMatchObject({
			anchor: 'start',
			x: 270,
			y: 102
		});
	});

	it('leaves out a label with no room on either side', () => {
		// Flat lines above, through and below the label, on both sides of the point.
		const segments = [60, 72, 84, 96, 108, 120, 132, 144].map((y) => ({
			x1: 0,
			y1: y,
			x2: 400,
			y2: y
		}));
		const { unplaced } = layoutEndLabels(
			[{ key: 'no', name: 'Nothing', value: '50\u00a0%', x: 200, y: 100 }],
			{ ...options, segments }
		);
		expect(unplaced).toEqual(['no']);
	});

	it('lets a label run over the empty years to the right', () => {
		const boxes = [{ left: 295, right: 305, top: 20, bottom: 40 }];
		const { placed } = layoutEndLabels(
			[{ key: 'social', name: 'Entrepreneuriat social', value: '38\u00a0%', x: 200, y: 150 }],
			{
				...options,
				boxes
			}
		);
		expect(placed[0].texts[17].name).toMatch(/^Entrepreneur/);
		expect(placed[0].texts[11].name).toBe('Entrepreneuriat social');
	});

	it('moves a label alone in its column above or below its point when that gives it room', () => {
		// A glyph just right of the point, at its height: the label goes below it.
		const boxes = [{ left: 215, right: 227, top: 145, bottom: 155 }];
		const { placed, unplaced } = layoutEndLabels(
			[{ key: 'social', name: 'Entrepreneuriat social', value: '38\u00a0%', x: 200, y: 150 }],
			{
				...options,
				boxes
			}
		);
		expect(unplaced).toEqual([]);
		expect(Math.abs(placed[0].y - 150)).toBeCloseTo(0.75 * 21);
	});

	it('names the series by the rest of its name when the qualifier is the same for all', () => {
		const { placed } = layoutEndLabels(
			[
				{ key: 'health', name: 'Santé (Grand public)', value: '39\u00a0%', x: 300, y: 100 },
				{ key: 'poverty', name: 'Pauvreté (Grand public)', value: '37\u00a0%', x: 300, y: 160 },
				{
					key: 'climate',
					name: 'Changement climatique (Grand public)',
					value: '42\u00a0%',
					x: 300,
					y: 40
				},
				{
					key: 'climate-e',
					name: 'Changement climatique (Entrepreneurs sociaux)',
					value: '82\u00a0%',
					x: 300,
					y: 10
				}
			],
			{ ...options, right: 450 }
		);
		const names = new Map(placed.map((label) => [label.key, label.texts[17].name]));
		expect(names.get('health')).toBe('Santé');
		expect(names.get('poverty')).toBe('Pauvreté');
		// Two series share "Changement climatique": theirs is cut, not stripped of who answered.
		expect(names.get('climate')).toMatch(/…$/);
	});

	it('takes obstacles that change with the font size, such as text', () => {
		// A gap's label reaching up to the label's height only at the largest font.
		const boxes = (size: number) =>
			size === 17 ? [{ left: 330, right: 340, top: 140, bottom: 250 }] : [];
		const { placed } = layoutEndLabels(
			[{ key: 'social', name: 'Entrepreneuriat social', value: '38\u00a0%', x: 200, y: 150 }],
			{
				...options,
				right: 480,
				boxes
			}
		);
		expect(placed[0].texts[17].name).toMatch(/…$/);
		expect(placed[0].texts[14].name).toBe('Entrepreneuriat social');
	});

	it('stops a label at a mark in its way', () => {
		const boxes = [
			{ left: 295, right: 305, top: 120, bottom: 180 },
			{ left: 170, right: 200, top: 120, bottom: 180 }
		];
		const { unplaced } = layoutEndLabels(
			[{ key: 'social', name: 'Entrepreneuriat social', value: '38\u00a0%', x: 250, y: 150 }],
			{
				...options,
				boxes
			}
		);
		expect(unplaced).toEqual(['social']);
	});
});
