import { describe, expect, it } from 'vitest';
import { linearScale } from './linearScale';

describe('linearScale', () => {
	it('maps the domain onto the range, rounded', () => {
		const y = linearScale([0, 100], [200, 0]);
		expect([y(0), y(25), y(33.3), y(100)]).toEqual([200, 150, 133, 0]);
	});

	it('does not clamp', () => {
		const x = linearScale([2011.5, 2020.5], [0, 900]);
		expect([x(2011), x(2012), x(2021)]).toEqual([-50, 50, 950]);
	});

	it('maps everything to the middle of the range for an empty domain', () => {
		expect(linearScale([5, 5], [0, 100])(7)).toBe(50);
	});

	it('gives round ticks over the domain', () => {
		expect(linearScale([0, 80], [300, 0]).ticks(5)).toEqual([0, 20, 40, 60, 80]);
		expect(linearScale([30, 100], [300, 0]).ticks(5)).toEqual([30, 40, 50, 60, 70, 80, 90, 100]);
	});
});
