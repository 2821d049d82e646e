import { describe, expect, it } from 'vitest';
import {
	isLang,
	languages,
	languageTools,
	langFromParam,
	langFromPath,
	langOfPrefix,
	localizedPath,
	unlocalizedPath,
	type Language
} from './lang';
import { prerenderEntries } from './languages.js';

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

describe('langOfPrefix (the `lang` route matcher)', () => {
	it('knows the prefix of every language but the default one', () => {
		expect(langOfPrefix('en')).toBe('en');
		expect(langOfPrefix('fr')).toBeUndefined();
		expect(langOfPrefix('de')).toBeUndefined();
	});
});

describe('a third language', () => {
	const german: Language & { code: 'de' } = {
		code: 'de',
		locale: 'de-DE',
		label: 'Deutsch',
		readHere: 'Diese Seite auf Deutsch lesen',
		prefix: 'de',
		colon: ': ',
		semicolon: '; ',
		percentSpace: '\u00a0',
		groupSeparator: null
	};
	const list = [...languages, german];
	const tools = languageTools(list);

	it('is one more entry of the list: paths, parameter and matcher follow', () => {
		expect(tools.isLang('de')).toBe(true);
		expect(tools.langOfPrefix('de')).toBe('de');
		expect(tools.langFromParam('de')).toBe('de');
		expect(tools.langFromPath('/de/awareness/')).toBe('de');
		expect(tools.localizedPath('de', '/en/awareness')).toBe('/de/awareness/');
		expect(tools.unlocalizedPath('/de/data/')).toBe('/data/');
		expect(tools.localizedPath('en', '/de/data#files')).toBe('/en/data/#files');
	});

	it('gets its home page among the prerender entries', () => {
		expect(prerenderEntries(list)).toEqual(['/', '/en/', '/de/', '*', '/404']);
	});

	it('cannot come first with a prefix: the default language lives at the root', () => {
		expect(() => languageTools([german, ...languages])).toThrow(RangeError);
	});
});
