import { validateReport } from '../src/cli/validateReport';
import { formatIssue } from '../src/lib/data/formatIssue';
import { themeSlug } from '../src/lib/data/themeSlug';
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
	/** A module whose default export is the slugs of the theme pages, for the route matcher. */
	themeSlugsSource: string;
}

/**
 * Reads and validates a data folder for the build (scripts/validateDataPlugin.js).
 *
 * @example
 * const { report, failed, source } = await validatedDataModule('data');
 * // report: [], failed: false, source: 'export default {"folder":"data","read":true,"result":{…}};\n',
 * // themeSlugsSource: 'export default ["awareness","obstacles","tech-for-good"];\n'
 */
export async function validatedDataModule(folder: string): Promise<ValidatedDataModule> {
	const validation = await validateDataFolder(folder);
	const source = `export default ${jsLiteral(validation)};\n`;
	const slugs = validation.read
		? validation.result.dataset.themes
				.filter((theme) => validation.result.dataset.charts.some((c) => c.theme === theme.id))
				.map((theme) => themeSlug(theme.id))
		: [];
	const themeSlugsSource = `export default ${JSON.stringify(slugs)};\n`;
	if (!validation.read)
		return { report: [formatIssue(validation.issue)], failed: true, source, themeSlugsSource };
	const { result } = validation;
	return {
		report: result.issues.length > 0 ? validateReport(folder, result) : [],
		failed: result.errorCount > 0,
		source,
		themeSlugsSource
	};
}
