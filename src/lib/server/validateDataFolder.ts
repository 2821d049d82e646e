import { validateDataset } from '../data/validateDataset';
import type { Issue, ValidationResult } from '../data/types';
import { readDataFolder } from './readDataFolder';

/** A data folder read and validated, or the one issue saying it could not be read. */
export type FolderValidation =
	| { folder: string; read: true; result: ValidationResult }
	| { folder: string; read: false; issue: Issue };

/**
 * Reads every file of a data folder and validates them: what the command line and the build do
 * with a folder, once. Never rejects on bad input: an unreadable folder is an issue too.
 *
 * @example
 * const validation = await validateDataFolder('data');
 * validation.read && validation.result.errorCount // 0
 */
export async function validateDataFolder(folder: string): Promise<FolderValidation> {
	let files;
	try {
		files = await readDataFolder(folder);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? String(error);
		return {
			folder,
			read: false,
			issue: {
				file: folder,
				line: 1,
				column: 1,
				severity: 'error',
				message: `cannot read the data folder (${reason})`
			}
		};
	}
	return { folder, read: true, result: validateDataset(files, folder.replace(/\/+$/, '')) };
}
