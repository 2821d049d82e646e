import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLang, languages } from '../i18n/lang';
import { fixedRoutes, themeSlug } from './themeSlug';

describe('themeSlug', () => {
	it('replaces every _ by -', () => {
		expect(themeSlug('tech_for_good')).toBe('tech-for-good');
		expect(themeSlug('awareness')).toBe('awareness');
	});
});

describe('fixedRoutes', () => {
	it('lists the folders of the routes and the language prefixes, which theme pages may not take', () => {
		const folders = (dir: string) =>
			readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && !entry.name.includes('['))
				.map((entry) => entry.name);
		const taken = [
			...folders('src/routes'),
			...folders('src/routes/[[lang=lang]]'),
			...languages.filter(({ code }) => code !== defaultLang).map(({ code }) => code)
		];
		expect([...fixedRoutes].sort()).toEqual([...new Set(taken)].sort());
	});
});
