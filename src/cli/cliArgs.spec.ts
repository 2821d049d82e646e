import { describe, expect, it } from 'vitest';
import { parseArgs } from './cliArgs';

describe('parseArgs', () => {
	it('reads a command, a folder and the options of findings, with or without "="', () => {
		expect(parseArgs(['findings', 'other', '--year', '2017', '--lang=en', '--json'])).toEqual({
			kind: 'run',
			args: { command: 'findings', folder: 'other', json: true, year: 2017, lang: 'en' }
		});
		expect(parseArgs(['findings', '--year=2020'])).toEqual({
			kind: 'run',
			args: { command: 'findings', folder: 'data', json: false, year: 2020, lang: 'fr' }
		});
	});

	it('gives help for -h or --help anywhere', () => {
		expect(parseArgs(['summary', '--help'])).toEqual({ kind: 'help' });
	});

	it('names what is wrong', () => {
		const message = (args: string[]) => {
			const parsed = parseArgs(args);
			return parsed.kind === 'error' ? parsed.message : null;
		};
		expect(message([])).toBe('barometer: no command given');
		expect(message(['publish'])).toBe('barometer: unknown command "publish"');
		expect(message(['validate', '--json'])).toBe('barometer: unexpected argument "--json"');
		expect(message(['summary', 'data', 'extra'])).toBe('barometer: unexpected argument "extra"');
		expect(message(['findings', '--year'])).toBe('barometer: --year needs a value');
		expect(message(['findings', '--year', 'last'])).toBe(
			'barometer: --year must be a year such as 2017, not "last"'
		);
		expect(message(['findings', '--lang=de'])).toBe('barometer: --lang must be fr or en, not "de"');
	});
});
