import { analyseDataset } from '../lib/analysis/analyseDataset';
import { formatIssue, sortIssues } from '../lib/data/formatIssue';
import { validateDataFolder } from '../lib/server/validateDataFolder';
import { importCommand, importUsage } from './importCommand';
import { summaryJson } from './summaryJson';
import { summaryTable } from './summaryTable';
import { validateReport } from './validateReport';

const usage = `Usage: barometer <command> [DIR] [options]

Commands:
  validate [DIR]         check every file of the data folder (default: data);
                         prints file:line:column: error|warning: message, exit 1 on errors
  summary [DIR]          figures by theme with ▲▼ for significant changes
  summary [DIR] --json   every wave, estimate, change and gap as one JSON object
  import FILE... --year Y --population P --out OUT [--data DIR] [--accept-proposals]
                         [--fieldwork START:END]
                         the institute's cross-tab workbook or CSV export into a new data
                         folder (barometer import --help for more)

Options:
  -h, --help             show this help`;

/** Runs the command and returns its exit code; output goes through the given writers. */
export async function run(
	args: string[],
	out: (text: string) => void,
	err: (text: string) => void
): Promise<number> {
	if (args[0] === 'import') {
		if (args.includes('-h') || args.includes('--help')) {
			out(importUsage);
			return 0;
		}
		return importCommand(args.slice(1), out, err);
	}
	const flags = args.filter((arg) => arg.startsWith('-'));
	const [command, folder = 'data', ...extra] = args.filter((arg) => !arg.startsWith('-'));
	if (flags.includes('-h') || flags.includes('--help')) {
		out(usage);
		return 0;
	}
	const unknownFlag = flags.find((flag) => flag !== '--json' || command !== 'summary');
	if (!command || !['validate', 'summary'].includes(command) || unknownFlag || extra.length > 0) {
		err(
			command && !['validate', 'summary'].includes(command)
				? `barometer: unknown command "${command}"`
				: `barometer: unexpected argument "${unknownFlag ?? extra[0]}"`
		);
		err(usage);
		return 2;
	}

	const validation = await validateDataFolder(folder);
	if (!validation.read) {
		err(formatIssue(validation.issue));
		return 1;
	}
	const { result } = validation;
	if (command === 'validate') {
		for (const line of validateReport(folder, result)) out(line);
		return result.errorCount > 0 ? 1 : 0;
	}

	const report = sortIssues(result.issues).map(formatIssue);
	if (result.errorCount > 0) {
		for (const line of report) err(line);
		err(
			`barometer: ${result.errorCount} error${result.errorCount === 1 ? '' : 's'} in ${folder}; nothing summarised`
		);
		return 1;
	}
	for (const line of report) err(line);
	const analysis = analyseDataset(result.dataset);
	out(
		flags.includes('--json')
			? JSON.stringify(summaryJson(result.dataset, analysis))
			: summaryTable(result.dataset, analysis)
	);
	return 0;
}

/** Entry point of the `barometer` bin: real stdout and stderr, an exit code, never a stack trace. */
export async function main(args: string[]): Promise<number> {
	try {
		return await run(
			args,
			(text) => process.stdout.write(`${text}\n`),
			(text) => process.stderr.write(`${text}\n`)
		);
	} catch (error) {
		// A bug, not bad input (bad input is reported by the validator): one line, no stack trace.
		process.stderr.write(
			`barometer: internal error: ${error instanceof Error ? error.message : String(error)}\n`
		);
		return 2;
	}
}
