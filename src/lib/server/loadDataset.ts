import validation from 'virtual:barometer/validated-data';
import { analyseDataset, type Analysis } from '../analysis/analyseDataset';
import { formatIssue, sortIssues } from '../data/formatIssue';
import type { Dataset, FileReport, Issue } from '../data/types';

export interface LoadedData {
	folder: string;
	dataset: Dataset;
	analysis: Analysis;
	issues: Issue[];
	files: FileReport[];
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
 * The build's data folder, validated, and its analysis, once per process (every prerendered page
 * shares it). The folder was read and validated once by the build (scripts/validateDataPlugin.ts),
 * which stops on errors; in `vite dev` this rejects with the full report instead.
 *
 * @example
 * const { dataset, analysis } = await loadDataset();
 */
export function loadDataset(): Promise<LoadedData> {
	cached ??= (async () => {
		if (!validation.read) throw new InvalidDataError([validation.issue]);
		const { result } = validation;
		if (result.errorCount > 0) throw new InvalidDataError(result.issues);
		return {
			folder: validation.folder,
			dataset: result.dataset,
			analysis: analyseDataset(result.dataset),
			issues: result.issues,
			files: result.files
		};
	})();
	return cached;
}
