import { describe, expect, it } from 'vitest';
import { navItems, neutralPathOfRoute } from './nav';

describe('navItems', () => {
	it("lists the overview, the data folder's theme pages in their order, then the fixed pages", () => {
		const themes = [
			{ path: '/awareness', label: 'Awareness' },
			{ path: '/tech-for-good', label: 'Tech for good' }
		];
		expect(navItems('en', themes)).toEqual([
			{ path: '/', label: 'Overview' },
			{ path: '/awareness', label: 'Awareness' },
			{ path: '/tech-for-good', label: 'Tech for good' },
			{ path: '/explorer', label: 'Explorer' },
			{ path: '/methodology', label: 'Methodology' },
			{ path: '/data', label: 'Data' }
		]);
		expect(navItems('fr', []).map((item) => item.label)).toEqual([
			'Aperçu',
			'Explorateur',
			'Méthodologie',
			'Données'
		]);
	});
});

describe('neutralPathOfRoute', () => {
	it('gives / for the home page', () => {
		expect(neutralPathOfRoute('/[[lang=lang]]')).toBe('/');
	});
	it('removes the language segment from a page route', () => {
		expect(neutralPathOfRoute('/[[lang=lang]]/explorer')).toBe('/explorer');
	});
	it("fills in the route's parameters, matched ones too", () => {
		expect(
			neutralPathOfRoute('/[[lang=lang]]/questions/[id]', { lang: 'en', id: 'hiring_plans' })
		).toBe('/questions/hiring_plans');
		expect(neutralPathOfRoute('/[[lang=lang]]/[theme=theme]', { theme: 'tech-for-good' })).toBe(
			'/tech-for-good'
		);
	});
	it('gives / when no route matched', () => {
		expect(neutralPathOfRoute(null)).toBe('/');
	});
});
