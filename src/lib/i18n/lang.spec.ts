import { describe, expect, it } from 'vitest';
import { isLang, langFromParam, langFromPath, localizedPath, unlocalizedPath } from './lang';

describe('isLang', () => {
	it('accepts the two languages of the site', () => {
		expect(isLang('fr')).toBe(true);
		expect(isLang('en')).toBe(true);
	});
	it('rejects anything else', () => {
		expect(isLang('de')).toBe(false);
		expect(isLang('EN')).toBe(false);
		expect(isLang(undefined)).toBe(false);
	});
});

describe('langFromParam', () => {
	it('gives French when the parameter is absent', () => {
		expect(langFromParam(undefined)).toBe('fr');
		expect(langFromParam('')).toBe('fr');
	});
	it('gives English for "en"', () => {
		expect(langFromParam('en')).toBe('en');
	});
	it('throws for a value the matcher should have refused', () => {
		expect(() => langFromParam('de')).toThrow(RangeError);
	});
});

describe('langFromPath', () => {
	it('reads English from the first segment', () => {
		expect(langFromPath('/en')).toBe('en');
		expect(langFromPath('/en/')).toBe('en');
		expect(langFromPath('/en/awareness/')).toBe('en');
	});
	it('gives French for every other path', () => {
		expect(langFromPath('/')).toBe('fr');
		expect(langFromPath('/awareness/')).toBe('fr');
		expect(langFromPath('/english/')).toBe('fr');
		expect(langFromPath('/data/en/')).toBe('fr');
	});
});

describe('unlocalizedPath', () => {
	it('removes the English prefix', () => {
		expect(unlocalizedPath('/en/awareness/')).toBe('/awareness/');
		expect(unlocalizedPath('/en/')).toBe('/');
		expect(unlocalizedPath('/en')).toBe('/');
	});
	it('keeps French paths and adds the trailing slash', () => {
		expect(unlocalizedPath('/')).toBe('/');
		expect(unlocalizedPath('/awareness')).toBe('/awareness/');
		expect(unlocalizedPath('/english')).toBe('/english/');
	});
});

describe('localizedPath', () => {
	it('leaves French paths at the root', () => {
		expect(localizedPath('fr', '/')).toBe('/');
		expect(localizedPath('fr', '/awareness')).toBe('/awareness/');
		expect(localizedPath('fr', '/tech-for-good/')).toBe('/tech-for-good/');
	});
	it('puts English paths under /en/', () => {
		expect(localizedPath('en', '/')).toBe('/en/');
		expect(localizedPath('en', '/awareness')).toBe('/en/awareness/');
	});
	it('translates a path that already carries a language', () => {
		expect(localizedPath('fr', '/en/obstacles/')).toBe('/obstacles/');
		expect(localizedPath('en', '/en/obstacles/')).toBe('/en/obstacles/');
	});
	it('keeps the query string and the hash', () => {
		expect(localizedPath('en', '/data#files')).toBe('/en/data/#files');
		expect(localizedPath('fr', '/explorer?q=1')).toBe('/explorer/?q=1');
	});
	it('refuses a relative path', () => {
		expect(() => localizedPath('en', 'awareness')).toThrow(RangeError);
	});
});
