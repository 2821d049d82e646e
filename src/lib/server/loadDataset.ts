import { analyseDataset, type Analysis } from '../analysis/analyseDataset';
import { formatIssue, sortIssues } from '../data/formatIssue';
import type { Dataset, Issue } from '../data/types';
import { validateDataset, type FileReport } from '../data/validateDataset';
import { readDataFolder } from './readDataFolder';

export interface LoadedData {
	folder: string;
	dataset: Dataset;
	analysis: Analysis;
	issues: Issue[];
	files: FileReport[];
}

/** The data folder the build reads: `BAROMETER_DATA`, else `data`. */
export function dataFolder(): string {
	return process.env.BAROMETER_DATA || 'data';
}

/** Thrown when the data has errors; its message is the validation report, one issue a line. */
export class InvalidDataError extends Error {
	constructor(readonly issues: Issue[]) {
		super(`invalid data:\n${sortIssues(issues).map(formatIssue).join('\n')}`);
		this.name = 'InvalidDataError';
	}
}

let cached: Promise<LoadedData> | null = null;

/**
 * Reads, validates and analyses the data folder once per process (every prerendered page shares
 * it). Rejects with the full report when there are errors, so the build fails with it.
 *
 * @example
 * const { dataset, analysis } = await loadData();
 */
export function loadData(folder = dataFolder()): Promise<LoadedData> {
	cached ??= (async () => {
		const files = await readDataFolder(folder).catch((error: NodeJS.ErrnoException) => {
			throw new InvalidDataError([
				{
					file: folder,
					line: 1,
					column: 1,
					severity: 'error',
					message: `cannot read the data folder (${error.code ?? error.message})`
				}
			]);
		});
		const result = validateDataset(files, folder);
		if (result.errorCount > 0) throw new InvalidDataError(result.issues);
		return {
			folder,
			dataset: result.dataset,
			analysis: analyseDataset(result.dataset),
			issues: result.issues,
			files: result.files
		};
	})();
	return cached;
}
