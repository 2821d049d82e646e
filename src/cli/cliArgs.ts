import { isLang, type Lang } from '../lib/i18n/lang';

export type Command = 'validate' | 'summary' | 'findings';

const commands: readonly Command[] = ['validate', 'summary', 'findings'];

/** The options each command takes, besides -h/--help. */
const optionsOf: Record<Command, readonly string[]> = {
	validate: [],
	summary: ['--json'],
	findings: ['--json', '--year', '--lang']
};

/** Options followed by a value, as `--year 2017` or `--year=2017`. */
const withValue = ['--year', '--lang'];

export interface CliArgs {
	command: Command;
	folder: string;
	json: boolean;
	year: number | null;
	lang: Lang;
}

export type ParsedArgs =
	{ kind: 'help' } | { kind: 'run'; args: CliArgs } | { kind: 'error'; message: string };

/**
 * The command line of `barometer`: a command, an optional folder (`data` by default), and the
 * options of that command.
 *
 * @example parseArgs(['findings', 'data', '--year', '2017', '--lang=en']) // { kind: 'run', args: { command: 'findings', folder: 'data', json: false, year: 2017, lang: 'en' } }
 * @example parseArgs(['summary', '--year', '2017']) // { kind: 'error', message: 'barometer: unexpected argument "--year"' }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
	const positionals: string[] = [];
	const options = new Map<string, string | true>();
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index];
		if (!arg.startsWith('-')) {
			positionals.push(arg);
			continue;
		}
		const [name, inline] = arg.includes('=')
			? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
			: [arg, undefined];
		if (withValue.includes(name)) {
			const value = inline ?? argv[++index];
			if (value === undefined || value === '')
				return { kind: 'error', message: `barometer: ${name} needs a value` };
			options.set(name, value);
		} else options.set(arg, true);
	}
	const [command, folder = 'data', ...extra] = positionals;
	if (!command) return { kind: 'error', message: 'barometer: no command given' };
	if (!(commands as readonly string[]).includes(command))
		return { kind: 'error', message: `barometer: unknown command "${command}"` };
	const known = optionsOf[command as Command];
	const unexpected = [...options.keys()].find((name) => !known.includes(name)) ?? extra[0];
	if (unexpected !== undefined)
		return { kind: 'error', message: `barometer: unexpected argument "${unexpected}"` };
	const year = options.get('--year');
	if (typeof year === 'string' && !/^\d{4}$/.test(year))
		return {
			kind: 'error',
			message: `barometer: --year must be a year such as 2017, not "${year}"`
		};
	const lang = options.get('--lang') ?? 'fr';
	if (!isLang(lang))
		return { kind: 'error', message: `barometer: --lang must be fr or en, not "${lang}"` };
	return {
		kind: 'run',
		args: {
			command: command as Command,
			folder,
			json: options.has('--json'),
			year: typeof year === 'string' ? Number(year) : null,
			lang
		}
	};
}
