import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './barometer';

async function barometer(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await run(
		args,
		(text) => out.push(text),
		(text) => err.push(text)
	);
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const fixtures = 'tests/fixtures/import';
const temp = () => mkdtempSync(path.join(tmpdir(), 'barometer-import-'));

/** A copy of the bundled folder with the fixtures' label map ("18-24 ans" is public_18_24). */
function dataCopy(): string {
	const folder = path.join(temp(), 'data');
	cpSync('data', folder, { recursive: true });
	cpSync(`${fixtures}/label_map.csv`, path.join(folder, 'label_map.csv'));
	return folder;
}
/** Every file of a folder and its bytes, to check it was not written. */
const snapshot = (folder: string) =>
	readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const full = path.join(entry.parentPath, entry.name);
			return [full, readFileSync(full, 'latin1')];
		})
		.sort();

describe('barometer import', () => {
	it('writes the merged folder with proposals waiting (exit 3), never touching --data', async () => {
		const data = dataCopy();
		const before = snapshot(data);
		const out = path.join(temp(), 'out');
		const result = await barometer(
			'import',
			`${fixtures}/tris.csv`,
			'--year',
			'2021',
			'--population',
			'public',
			'--data',
			data,
			'--out',
			out,
			'--fieldwork',
			'2021-09-13:2021-09-20'
		);
		expect(result.code).toBe(3);
		expect(result.stdout).toContain(
			`${fixtures}/tris.csv:1:1: warning: not valid UTF-8: read as Windows-1252`
		);
		expect(result.stdout).toContain(
			`${fixtures}/tris.csv:20:2: skipped: "Total" is a net of other answers, not an answer: skipped`
		);
		expect(result.stdout).toContain(
			'cells read: 156, figures imported: 60, nets skipped: 6, proposals: 9 new (9 waiting), errors: 0'
		);
		expect(snapshot(data)).toEqual(before);
		expect(readFileSync(path.join(out, 'waves.csv'), 'utf8')).toContain(
			'2021,public,1056,2021-09-13,2021-09-20,,barometer import of tris.csv,,,'
		);
		expect(existsSync(path.join(out, 'sources', 'published_figures.csv'))).toBe(true);
		const validation = await barometer('validate', out);
		expect(validation.code).toBe(0);
		expect(validation.stdout).not.toContain('label_map.csv');
	});

	it('confirms the proposals with --accept-proposals (exit 0); a rerun on the result proposes nothing', async () => {
		const data = dataCopy();
		const first = path.join(temp(), 'first');
		const args = ['--year', '2021', '--population', 'public', '--out'];
		const accepted = await barometer(
			'import',
			`${fixtures}/tris.xlsx`,
			...args,
			first,
			'--data',
			data,
			'--accept-proposals'
		);
		expect(accepted.code).toBe(0);
		expect(readFileSync(path.join(first, 'label_map.csv'), 'utf8')).not.toContain('proposed');
		const second = path.join(temp(), 'second');
		const again = await barometer(
			'import',
			`${fixtures}/tris.xlsx`,
			...args,
			second,
			'--data',
			first
		);
		expect(again.code).toBe(0);
		expect(again.stdout).toContain('proposals: 0 new (0 waiting), errors: 0');
		expect(again.stdout).not.toContain(': proposal:');
	});

	it('writes nothing on an error (exit 1) and says where it is', async () => {
		const folder = temp();
		const broken = path.join(folder, 'tris.csv');
		writeFileSync(broken, 'Q1. Oui ?\n;Ensemble\nBase;100\nOui;6x\n');
		const out = path.join(folder, 'out');
		const result = await barometer(
			'import',
			broken,
			'--year',
			'2021',
			'--population',
			'public',
			'--data',
			dataCopy(),
			'--out',
			out
		);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`${broken}:4:2: error: "6x" is not a percentage`);
		expect(result.stderr).toBe('barometer import: 1 error; nothing written');
		expect(existsSync(out)).toBe(false);
	});

	it('refuses missing options, a non-empty --out and --out equal to --data', async () => {
		expect((await barometer('import', 'tris.csv', '--year', '2021')).code).toBe(2);
		const data = dataCopy();
		const same = await barometer(
			'import',
			`${fixtures}/tris.csv`,
			'--year',
			'2021',
			'--population',
			'public',
			'--data',
			data,
			'--out',
			data
		);
		expect(same).toMatchObject({ code: 1, stderr: expect.stringContaining('never written') });
		const busy = await barometer(
			'import',
			`${fixtures}/tris.csv`,
			'--year',
			'2021',
			'--population',
			'public',
			'--data',
			data,
			'--out',
			path.dirname(data)
		);
		expect(busy).toMatchObject({ code: 1, stderr: expect.stringContaining('is not empty') });
	});
});
