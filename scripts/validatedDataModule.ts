import { validateReport } from '../src/cli/validateReport';
import { formatIssue } from '../src/lib/data/formatIssue';
import { validateDataFolder } from '../src/lib/server/validateDataFolder';
import { jsLiteral } from './jsLiteral';

/** What the build makes of its data folder, read and validated once. */
export interface ValidatedDataModule {
	/** The lines `barometer validate` prints, when there is an error or a warning; else none. */
	report: string[];
	/** An error, or a folder that could not be read: the site must not be built. */
	failed: boolean;
	/** A module whose default export is the folder's validation, for the server code. */
	source: string;
}

/**
 * Reads and validates a data folder for the build (scripts/validateDataPlugin.js).
 *
 * @example
 * const { report, failed, source } = await validatedDataModule('data');
 * // report: [], failed: false, source: 'export default {"folder":"data","read":true,"result":{…}};\n'
 */
export async function validatedDataModule(folder: string): Promise<ValidatedDataModule> {
	const validation = await validateDataFolder(folder);
	const source = `export default ${jsLiteral(validation)};\n`;
	if (!validation.read) return { report: [formatIssue(validation.issue)], failed: true, source };
	const { result } = validation;
	return {
		report: result.issues.length > 0 ? validateReport(folder, result) : [],
		failed: result.errorCount > 0,
		source
	};
}
