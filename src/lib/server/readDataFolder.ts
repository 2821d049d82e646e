import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataFile } from '../data/validateDataset';

/**
 * Reads every CSV and text file of a data folder (sources/ aside: it holds the publisher's
 * material, not data).
 * Names are relative to the folder with `/` separators; paths are as the user would type them.
 *
 * @example
 * await readDataFolder('data') // [{ name: '2017/public.csv', path: 'data/2017/public.csv', bytes }, …]
 */
export async function readDataFolder(folder: string): Promise<DataFile[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	const files: DataFile[] = [];
	for (const entry of entries) {
		if (!entry.isFile() || !/\.(csv|txt)$/i.test(entry.name)) continue;
		const full = path.join(entry.parentPath, entry.name);
		const name = path.relative(folder, full).split(path.sep).join('/');
		if (name.startsWith('sources/')) continue;
		files.push({
			name,
			path: path.join(folder, name).split(path.sep).join('/'),
			bytes: await readFile(full)
		});
	}
	return files.sort((a, b) => a.name.localeCompare(b.name));
}
