import { describe, expect, it } from 'vitest';
import { messages, t, type MessageKey } from './messages';

describe('t', () => {
	it('gives the message in each language', () => {
		expect(t('fr', 'nav.overview')).toBe('Aperçu');
		expect(t('en', 'nav.overview')).toBe('Overview');
		expect(t('fr', 'site.title')).toBe('Baromètre');
	});

	it('names every navigation entry in both languages', () => {
		const keys: MessageKey[] = ['nav.overview', 'nav.explorer', 'nav.methodology', 'nav.data'];
		expect(keys.map((key) => t('fr', key))).toEqual([
			'Aperçu',
			'Explorateur',
			'Méthodologie',
			'Données'
		]);
		expect(keys.map((key) => t('en', key))).toEqual([
			'Overview',
			'Explorer',
			'Methodology',
			'Data'
		]);
	});
});

describe('messages', () => {
	it('has the same keys in both languages', () => {
		expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
	});

	it('has no empty message', () => {
		for (const dictionary of Object.values(messages)) {
			for (const [key, text] of Object.entries(dictionary)) {
				expect(text.trim(), key).not.toBe('');
			}
		}
	});

	it('makes a key of neither dictionary a type error (checked by svelte-check), and it has no message', () => {
		// @ts-expect-error: 'nav.nowhere' is not a key of the dictionaries.
		const unknown: MessageKey = 'nav.nowhere';
		expect([unknown in messages.fr, unknown in messages.en]).toEqual([false, false]);
	});
});
