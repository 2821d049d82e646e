import { describe, expect, it } from 'vitest';
import { validateDataFolder } from './validateDataFolder';

describe('validateDataFolder', () => {
	it('reads and validates the bundled folder', async () => {
		const validation = await validateDataFolder('data/');
		expect(validation.read).toBe(true);
		if (!validation.read) return;
		expect(validation.result.errorCount).toBe(0);
		expect(validation.result.files).toHaveLength(25);
		expect(validation.result.files[0].file).toBe('data/populations.csv');
	});

	it('gives one located issue for a folder it cannot read', async () => {
		expect(await validateDataFolder('/nonexistent/data')).toEqual({
			folder: '/nonexistent/data',
			read: false,
			issue: {
				file: '/nonexistent/data',
				line: 1,
				column: 1,
				severity: 'error',
				message: 'cannot read the data folder (ENOENT)'
			}
		});
	});
});
