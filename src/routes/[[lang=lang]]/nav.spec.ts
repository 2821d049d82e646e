import { describe, expect, it } from 'vitest';
import { navItems, neutralPathOfRoute } from './nav';

describe('navItems', () => {
	it('lists the seven pages in reading order', () => {
		expect(navItems.map((item) => item.path)).toEqual([
			'/',
			'/awareness',
			'/obstacles',
			'/tech-for-good',
			'/explorer',
			'/methodology',
			'/data'
		]);
	});
});

describe('neutralPathOfRoute', () => {
	it('gives / for the home page', () => {
		expect(neutralPathOfRoute('/[[lang=lang]]')).toBe('/');
	});
	it('removes the language segment from a page route', () => {
		expect(neutralPathOfRoute('/[[lang=lang]]/tech-for-good')).toBe('/tech-for-good');
	});
	it("fills in the route's parameters", () => {
		expect(
			neutralPathOfRoute('/[[lang=lang]]/questions/[id]', { lang: 'en', id: 'hiring_plans' })
		).toBe('/questions/hiring_plans');
	});
	it('gives / when no route matched', () => {
		expect(neutralPathOfRoute(null)).toBe('/');
	});
});
