import { describe, expect, it } from 'vitest';
import { validatedDataModule } from './validatedDataModule';

/** The default export of a module's source, as the server code would import it. */
async function defaultExport(source: string): Promise<unknown> {
	const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
	return ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
}

describe('validatedDataModule', () => {
	it('gives the bundled folder as a module, with nothing to report', async () => {
		const { report, failed, source } = await validatedDataModule('data');
		expect([report, failed]).toEqual([[], false]);
		const validation = await defaultExport(source);
		expect(validation).toMatchObject({ folder: 'data', read: true, result: { errorCount: 0 } });
	});

	it('gives the slugs of the theme pages, themes without charts aside, for the route matcher', async () => {
		const { themeSlugsSource } = await validatedDataModule('data');
		expect(await defaultExport(themeSlugsSource)).toEqual([
			'awareness',
			'obstacles',
			'tech-for-good'
		]);
	});

	it('fails with the one line of `barometer validate` for a folder it cannot read', async () => {
		const { report, failed } = await validatedDataModule('/nonexistent/data');
		expect(report).toEqual(['/nonexistent/data:1:1: error: cannot read the data folder (ENOENT)']);
		expect(failed).toBe(true);
	});
});
