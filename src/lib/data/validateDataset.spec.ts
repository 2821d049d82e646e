import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIssue } from './formatIssue';
import { validateDataset, type DataFile } from './validateDataset';

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);
/** Windows-1252 for the Latin-1 range used here (é, É, à): the byte is the code point. */
const windows1252 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

const core: Record<string, string> = {
	'waves.csv':
		'year,population,sample_size,fieldwork_start,fieldwork_end,method,source\n2017,entrepreneurs,88,2017-09-13,2017-10-15,CAWI,report l.136\n2017,public,1071,2017-09-13,2017-09-14,CAWI,report l.140\n2017,public_18_24,,2017-09-13,2017-09-14,CAWI,report l.117\n',
	'populations.csv':
		'population,label_fr,label_en,parent\nentrepreneurs,Entrepreneurs,Entrepreneurs,\npublic,Public,Public,\npublic_18_24,Jeunes,Young people,public\n',
	'themes.csv':
		'theme,label_fr,label_en\ntech_for_good,Numérique,Digital\nimpact_measurement,Impact,Impact\n',
	'charts.csv': 'chart_id,theme,kind,question_id\ndigital,tech_for_good,gaps,digital_social_link\n',
	'site.csv': 'key,fr,en\ntitle,Titre,Title\n',
	'methodology_fr.txt': 'Texte.\n',
	'methodology_en.txt': 'Text.\n',
	'questions.csv':
		"question_id,theme,kind,label_fr,label_en,headline\ndigital_social_link,tech_for_good,single,Associez-vous le numérique à l'entrepreneuriat social ?,Do you associate digital technology with social entrepreneurship?,yes\nimpact_measurement_started,impact_measurement,single,Mesure d'impact,Impact measurement,\n",
	'answers.csv':
		"question_id,answer_id,label_fr,label_en,order\ndigital_social_link,yes,Oui,Yes,1\nimpact_measurement_started,yes,Oui,Yes,1\nimpact_measurement_started,no,Non,No,2\nimpact_measurement_started,dont_know,NSP,Don't know,3\n"
};

function folder(
	extra: Record<string, string | Uint8Array>,
	base: Record<string, string> = core
): DataFile[] {
	return Object.entries({ ...base, ...extra }).map(([name, content]) => ({
		name,
		path: `data/${name}`,
		bytes: typeof content === 'string' ? utf8(content) : content
	}));
}

const messages = (files: DataFile[]) => validateDataset(files).issues.map(formatIssue);

describe('validateDataset', () => {
	it('loads a valid folder into typed records', () => {
		const result = validateDataset(
			folder({
				'2017/entrepreneurs.csv': 'question_id,answer_id,pct\ndigital_social_link,yes,60\n'
			})
		);
		expect(result.issues).toEqual([]);
		expect(result.dataset.waves).toHaveLength(3);
		expect(result.dataset.waves[2]).toMatchObject({
			population: 'public_18_24',
			sampleSize: null,
			parent: 'public',
			designEffect: 1
		});
		expect(result.dataset.questions[0]).toMatchObject({
			id: 'digital_social_link',
			kind: 'single',
			headline: true
		});
		expect(result.dataset.figures).toEqual([
			expect.objectContaining({
				year: 2017,
				population: 'entrepreneurs',
				questionId: 'digital_social_link',
				answerId: 'yes',
				pct: 60,
				base: null,
				location: { file: 'data/2017/entrepreneurs.csv', line: 2 }
			})
		]);
		expect(result.files.find((file) => file.file === 'data/2017/entrepreneurs.csv')).toEqual({
			file: 'data/2017/entrepreneurs.csv',
			rows: 1,
			loaded: 1,
			rejected: 0
		});
	});

	it('reads a French Excel export: semicolons, decimal commas, % signs, CRLF, Windows-1252, and says it guessed the encoding', () => {
		const csv =
			'question_id;answer_id;pct;note\r\n\r\nimpact_measurement_started;yes;63,5 %;Évolution\r\nimpact_measurement_started;no;35,5;\r\nimpact_measurement_started;dont_know;1;\r\n';
		const result = validateDataset(folder({ '2017/entrepreneurs.csv': windows1252(csv) }));
		expect(result.issues.map(formatIssue)).toEqual([
			'data/2017/entrepreneurs.csv:1:1: warning: not valid UTF-8: read as Windows-1252 (Excel\'s French default); save as "CSV UTF-8" to be sure of accents'
		]);
		expect(
			result.dataset.figures.map((figure) => [figure.pct, figure.location.line, figure.note])
		).toEqual([
			[63.5, 3, 'Évolution'],
			[35.5, 4, null],
			[1, 5, null]
		]);
	});

	it('names an unknown question_id and suggests the closest known one', () => {
		expect(
			messages(
				folder({ '2017/public.csv': 'question_id,answer_id,pct\ndigital_socal_link,yes,35\n' })
			)
		).toEqual([
			'data/2017/public.csv:2:1: error: question_id: unknown "digital_socal_link", not in questions.csv (did you mean "digital_social_link"?)'
		]);
	});

	it('names an unknown answer of a known question', () => {
		expect(
			messages(
				folder({
					'2017/public.csv': 'question_id,answer_id,pct\nimpact_measurement_started,maybe,35\n'
				})
			)
		).toEqual([
			'data/2017/public.csv:2:2: error: answer_id: unknown "maybe", not in answers.csv for question "impact_measurement_started"'
		]);
	});

	it('reports a pct that is not a number, or outside 0–100, with its value and column', () => {
		expect(
			messages(
				folder({
					'2017/public.csv':
						'answer_id,question_id,pct\nyes,digital_social_link,abc\nyes,impact_measurement_started,140\n'
				})
			)
		).toEqual([
			'data/2017/public.csv:2:3: error: pct: "abc" is not a percentage from 0 to 100',
			'data/2017/public.csv:3:3: error: pct: "140" is not a percentage from 0 to 100'
		]);
	});

	it('reports a duplicate at its second occurrence and names the first', () => {
		expect(
			messages(
				folder({
					'2017/public.csv':
						'question_id,answer_id,pct\ndigital_social_link,yes,35\n\ndigital_social_link,yes,36\n'
				})
			)
		).toEqual([
			'data/2017/public.csv:4:2: error: duplicate figure for question "digital_social_link", answer "yes" (first on line 2)'
		]);
	});

	it('reports a missing required column, and that no row of the file was loaded', () => {
		const result = validateDataset(
			folder({ '2017/public.csv': 'question_id,answer_id,pcts\ndigital_social_link,yes,35\n' })
		);
		expect(result.issues.map(formatIssue)).toEqual([
			'data/2017/public.csv:1:3: warning: unknown column "pcts" is ignored (did you mean "pct"?)',
			'data/2017/public.csv:1:1: error: missing required column "pct": none of the 1 data rows can be loaded'
		]);
		expect(result.files.find((file) => file.file === 'data/2017/public.csv')).toMatchObject({
			rows: 1,
			loaded: 0,
			rejected: 1
		});
	});

	it('reports a wave file that has no row in waves.csv', () => {
		expect(
			messages(
				folder({ '2019/public.csv': 'question_id,answer_id,pct\ndigital_social_link,yes,35\n' })
			)
		).toEqual([
			'data/2019/public.csv:1:1: error: no row in waves.csv for year 2019, population "public": none of the 1 data rows can be loaded'
		]);
	});

	it("reports a base larger than the wave's sample size", () => {
		expect(
			messages(
				folder({
					'2017/entrepreneurs.csv':
						'question_id,answer_id,pct,base\ndigital_social_link,yes,60,89\n'
				})
			)
		).toEqual([
			'data/2017/entrepreneurs.csv:2:4: error: base: 89 is larger than the sample size 88 of 2017 entrepreneurs in waves.csv'
		]);
	});

	it('warns at its column when a series break has no earlier wave to break from', () => {
		const waves = `${core['waves.csv']}2016,public,1011,2016-09-14,2016-09-15,CAWI,letowski.fr\n`;
		const wave2017 = 'question_id,answer_id,pct,break\ndigital_social_link,yes,35,yes\n';
		expect(messages(folder({ 'waves.csv': waves, '2017/public.csv': wave2017 }))).toEqual([
			'data/2017/public.csv:2:4: warning: break: yes, but no earlier wave of public has question "digital_social_link", answer "yes": there is nothing to break from'
		]);
		expect(
			messages(
				folder({
					'waves.csv': waves,
					'2016/public.csv': 'question_id,answer_id,pct\ndigital_social_link,yes,30\n',
					'2017/public.csv': wave2017
				})
			)
		).toEqual([]);
	});

	it('warns when every answer of a single-choice question is present and they sum outside 100 ± 3', () => {
		const rows = (no: number) =>
			`question_id,answer_id,pct\nimpact_measurement_started,yes,63\nimpact_measurement_started,no,${no}\nimpact_measurement_started,dont_know,1\n`;
		expect(messages(folder({ '2017/entrepreneurs.csv': rows(40) }))).toEqual([
			'data/2017/entrepreneurs.csv:4:3: warning: the answers of single-choice question "impact_measurement_started" sum to 104 % (expected 100 ± 3)'
		]);
		expect(messages(folder({ '2017/entrepreneurs.csv': rows(38) }))).toEqual([]);
	});

	it('does not judge the sum when only some answers were published', () => {
		expect(
			messages(
				folder({
					'2017/entrepreneurs.csv':
						'question_id,answer_id,pct\nimpact_measurement_started,yes,63\nimpact_measurement_started,no,20\n'
				})
			)
		).toEqual([]);
	});

	it('accepts a published change without a level, and refuses a change without its year', () => {
		expect(
			messages(
				folder({
					'2017/public.csv':
						'question_id,answer_id,pct,delta_pts,delta_vs_year\ndigital_social_link,yes,,+7,2016\ndigital_social_link,yes,,−4,\n'
				})
			)
		).toEqual([
			'data/2017/public.csv:3:4: error: delta_pts: -4 is given without delta_vs_year (the year it is measured against)'
		]);
		expect(
			messages(
				folder({ '2017/public.csv': 'question_id,answer_id,pct\ndigital_social_link,yes,\n' })
			)
		).toEqual([
			'data/2017/public.csv:2:3: error: pct: a value is required unless delta_pts gives a published change'
		]);
	});

	it('reports missing core files, and a subgroup whose parent has no wave', () => {
		const files = folder(
			{
				'waves.csv':
					'year,population,sample_size,fieldwork_start,fieldwork_end,method,source,parent\n2017,public_18_24,,2017,2017,,src,public\n'
			},
			{}
		);
		expect(messages(files).filter((message) => message.includes(' error: '))).toEqual([
			'data/waves.csv:2:8: error: parent: "public" has no wave in 2017; a subgroup needs its parent population\'s wave',
			'data/questions.csv:1:1: error: missing file: every data folder needs questions.csv',
			'data/answers.csv:1:1: error: missing file: every data folder needs answers.csv'
		]);
	});

	it('warns of each missing optional file, and falls back on the ids as names', () => {
		const rest = Object.fromEntries(
			Object.entries(core).filter(
				([name]) => !['site.csv', 'populations.csv', 'themes.csv'].includes(name)
			)
		);
		const waves =
			'year,population,sample_size,fieldwork_start,fieldwork_end,method,source,parent\n2017,entrepreneurs,88,2017,2017,,s,\n2017,public,1071,2017,2017,,s,\n2017,public_18_24,,2017,2017,,s,public\n';
		const result = validateDataset(folder({ 'waves.csv': waves }, rest));
		expect(result.issues.map(formatIssue)).toEqual([
			'data/populations.csv:1:1: warning: missing file: without populations.csv, the population ids are shown as their names',
			'data/themes.csv:1:1: warning: missing file: without themes.csv, the theme ids are shown as their names',
			"data/site.csv:1:1: warning: missing file: without site.csv, the site's title, lead and footer are neutral words"
		]);
		expect(result.dataset.populations).toEqual([
			{
				id: 'entrepreneurs',
				labelFr: 'entrepreneurs',
				labelEn: 'entrepreneurs',
				parent: null,
				phraseFr: null,
				phraseEn: null
			},
			{
				id: 'public',
				labelFr: 'public',
				labelEn: 'public',
				parent: null,
				phraseFr: null,
				phraseEn: null
			},
			{
				id: 'public_18_24',
				labelFr: 'public_18_24',
				labelEn: 'public_18_24',
				parent: 'public',
				phraseFr: null,
				phraseEn: null
			}
		]);
		expect(result.dataset.themes.map((theme) => [theme.id, theme.labelEn])).toEqual([
			['tech_for_good', 'tech_for_good'],
			['impact_measurement', 'impact_measurement']
		]);
		expect(result.dataset.site).toEqual({});
	});

	it("takes the parents from populations.csv, warns of waves.csv's parent, and refuses one that disagrees", () => {
		const waves = (parent: string) =>
			`year,population,sample_size,fieldwork_start,fieldwork_end,method,source,parent\n2017,entrepreneurs,88,2017,2017,,s,\n2017,public,1071,2017,2017,,s,\n2017,public_18_24,,2017,2017,,s,${parent}\n`;
		expect(messages(folder({ 'waves.csv': waves('public') }))).toEqual([
			'data/waves.csv:4:8: warning: parent: belongs in populations.csv now; this column of waves.csv can be removed'
		]);
		expect(messages(folder({ 'waves.csv': waves('entrepreneurs') }))).toEqual([
			'data/waves.csv:4:8: error: parent: "entrepreneurs" disagrees with populations.csv, which gives "public"; parents belong in populations.csv'
		]);
		expect(validateDataset(folder({})).dataset.waves.map((wave) => wave.parent)).toEqual([
			null,
			null,
			'public'
		]);
	});

	it('reports a population of waves.csv missing from populations.csv', () => {
		expect(
			messages(
				folder({
					'populations.csv':
						'population,label_fr,label_en,parent\nentrepreneurs,E,E,\npublik,P,P,\npublic_18_24,J,Y,publik\n'
				})
			)
		).toEqual([
			'data/waves.csv:3:2: error: population: unknown "public", not in populations.csv (did you mean "publik"?)',
			'data/waves.csv:4:1: error: parent: "publik" has no wave in 2017; a subgroup needs its parent population\'s wave'
		]);
	});

	it('orders the populations by populations.csv: the gaps are the earlier minus the later', () => {
		const result = validateDataset(
			folder({
				'populations.csv':
					'population,label_fr,label_en,order,parent\nentrepreneurs,E,E,2,\npublic,P,P,1,\npublic_18_24,J,Y,3,public\n'
			})
		);
		expect(result.dataset.populations.map((p) => p.id)).toEqual([
			'public',
			'entrepreneurs',
			'public_18_24'
		]);
	});

	it('reports a chart on an unknown theme, an unknown kind, a gaps chart with three populations, a duplicate chart_id', () => {
		const charts =
			'chart_id,theme,kind,question_id,populations\n' +
			'digital,tech_for_goods,gaps,digital_social_link,\n' +
			'impact,impact_measurement,bar,impact_measurement_started,entrepreneurs\n' +
			'three,tech_for_good,gaps,digital_social_link,entrepreneurs public public_18_24\n' +
			'impact,impact_measurement,bars,impact_measurement_started,entrepreneurs\n' +
			'impact-2,impact_measurement,bars,impact_measurement_started,entrepreneurs public\n' +
			'sub,tech_for_good,gaps,digital_social_link,entrepreneurs public_18_24\n' +
			'bad id,tech_for_good,trend,digital_social_link,\n' +
			'ok,tech_for_good,trend,digital_social_link,\n';
		const result = validateDataset(folder({ 'charts.csv': charts }));
		expect(result.issues.map(formatIssue)).toEqual([
			'data/charts.csv:2:2: error: theme: unknown "tech_for_goods", not in themes.csv (did you mean "tech_for_good"?)',
			'data/charts.csv:3:3: error: kind: unknown "bar", expected trend, bars or gaps (did you mean "bars"?)',
			'data/charts.csv:4:5: error: populations: a gaps chart compares exactly two populations, 3 are given',
			'data/charts.csv:6:5: error: populations: a bars chart shows exactly one population, 2 are given',
			'data/charts.csv:7:5: error: populations: "public_18_24" is a subgroup; gaps compare top-level populations, which are independent samples',
			'data/charts.csv:8:1: error: chart_id: "bad id" is not letters, digits and - (it becomes the figure\'s address)'
		]);
		expect(result.dataset.charts.map((chart) => chart.id)).toEqual(['impact', 'ok']);
		const duplicate = validateDataset(
			folder({
				'charts.csv':
					'chart_id,theme,kind,question_id\nok,tech_for_good,trend,digital_social_link\nok,tech_for_good,gaps,digital_social_link\n'
			})
		);
		expect(duplicate.issues.map(formatIssue)).toEqual([
			'data/charts.csv:3:1: error: duplicate chart_id "ok" (first on line 2)'
		]);
	});

	it('reports a theme page colliding with a fixed page, two colliding theme pages, and a question on an unknown theme', () => {
		const themes =
			'theme,label_fr,label_en\ntech_for_good,N,D\nimpact_measurement,I,I\nexplorer,E,E\ntech-for-good,N2,D2\n';
		expect(messages(folder({ 'themes.csv': themes }))).toEqual([
			'data/themes.csv:4:1: error: theme: "explorer" would have its page at /explorer/, which is a fixed page of the site (404, data, embed, en, explorer, methodology, og, questions): choose another id',
			'data/themes.csv:5:1: error: theme: "tech-for-good" would have its page at /tech-for-good/, as theme "tech_for_good" (line 2) has: choose another id'
		]);
		expect(
			messages(
				folder({
					'themes.csv': 'theme,label_fr,label_en\ntech_for_good,N,D\nimpact_mesurement,I,I\n'
				})
			)
		).toEqual([
			'data/questions.csv:3:2: error: theme: unknown "impact_measurement", not in themes.csv (did you mean "impact_mesurement"?)'
		]);
	});

	it('without themes.csv, reports a theme of questions.csv whose page would be a fixed page', () => {
		const questions = core['questions.csv'].replace(',impact_measurement,', ',methodology,');
		const files = folder({ 'questions.csv': questions }).filter(
			(file) => !['themes.csv', 'charts.csv'].includes(file.name)
		);
		expect(messages(files).filter((message) => message.includes('error'))).toEqual([
			'data/questions.csv:3:2: error: theme: "methodology" would have its page at /methodology/, which is a fixed page of the site (404, data, embed, en, explorer, methodology, og, questions): choose another id'
		]);
	});

	it('reads site.csv: unknown keys are a warning, url must be absolute', () => {
		const site = 'key,fr,en\ntitle,Titre,Title\ntitel,T,T\nurl,/site,\ntitle,Encore,Again\n';
		const result = validateDataset(folder({ 'site.csv': site }));
		expect(result.issues.map(formatIssue)).toEqual([
			'data/site.csv:3:1: warning: key: unknown "titel" is ignored, expected one of title, lead, description, publisher, source_line, licence, cite_as, url (did you mean "title"?)',
			'data/site.csv:4:2: error: url: "/site" is not an absolute http(s) address',
			'data/site.csv:5:1: error: duplicate key "title" (first on line 2)'
		]);
		expect(result.dataset.site).toEqual({ title: { fr: 'Titre', en: 'Title' } });
	});

	it('reads the methodology texts as headings and paragraphs, never as markup', () => {
		const result = validateDataset(
			folder({ 'methodology_fr.txt': '# Sources\n\n<b>Voir</b>\nhttps://example.org.\n' })
		);
		expect(result.dataset.methodology.fr).toEqual([
			{ kind: 'heading', text: 'Sources' },
			{
				kind: 'paragraph',
				parts: [
					{ kind: 'text', text: '<b>Voir</b> ' },
					{ kind: 'link', href: 'https://example.org' },
					{ kind: 'text', text: '.' }
				]
			}
		]);
	});

	it('quotes at most 60 characters of a 100,000-character cell', () => {
		const long = 'x'.repeat(100_000);
		expect(
			messages(
				folder({
					'2017/public.csv': `question_id,answer_id,pct\ndigital_social_link,yes,${long}\n${long},yes,3\n`
				})
			)
		).toEqual([
			`data/2017/public.csv:2:3: error: pct: "${'x'.repeat(59)}…" is not a percentage from 0 to 100`,
			`data/2017/public.csv:3:1: error: question_id: unknown "${'x'.repeat(59)}…", not in questions.csv`
		]);
	});

	it('reports a row with too few fields, and an unterminated quote', () => {
		expect(
			messages(
				folder({
					'2017/public.csv':
						'question_id,answer_id,pct\ndigital_social_link,yes\ndigital_social_link,"yes,35\n'
				})
			)
		).toEqual([
			'data/2017/public.csv:2:3: error: this row has 2 fields, the header has 3',
			'data/2017/public.csv:3:1: error: could not read this row: Quoted field unterminated'
		]);
	});
});

/** Fuzzing: whatever a file holds, every data row is loaded or reported at its line, and nothing throws. */
describe('validateDataset on fuzzed files', () => {
	const goodRows = [
		['digital_social_link', 'yes', '35'],
		['impact_measurement_started', 'yes', '63,5'],
		['impact_measurement_started', 'no', '36 %'],
		['impact_measurement_started', 'dont_know', '1']
	];
	const badRow = fc.oneof(
		fc.constant(['digital_socal_link', 'yes', '35']),
		fc.constant(['digital_social_link', 'nope', '35']),
		fc.constant(['digital_social_link', 'yes', 'abc']),
		fc.constant(['digital_social_link', 'yes', '101']),
		fc.constant(['digital_social_link', 'yes']),
		fc.constant(['digital_social_link', 'yes', '35', 'extra', 'fields']),
		fc
			.string({ unit: 'grapheme', maxLength: 12 })
			.filter((s) => !/["\r\n,;\t]/.test(s) && s.trim() !== '')
			.map((s) => [s, s, s])
	);
	const row = fc.oneof(fc.constantFrom(...goodRows), badRow);

	/** Rows of a file (no quote characters, so one row is one line) and where they land. */
	const fuzzedFile = fc.record({
		rows: fc.array(fc.record({ cells: row, blankBefore: fc.boolean() }), { maxLength: 25 }),
		delimiter: fc.constantFrom(',', ';'),
		newline: fc.constantFrom('\n', '\r\n'),
		order: fc.constantFrom([0, 1, 2], [2, 0, 1], [1, 2, 0]),
		encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252')
	});

	it('accounts for every row: rows in = rows loaded + rows reported, each rejected row has an error at its line', () => {
		fc.assert(
			fc.property(fuzzedFile, ({ rows, delimiter, newline, order, encoding }) => {
				const header = ['question_id', 'answer_id', 'pct'];
				const lines = [order.map((index) => header[index]).join(delimiter)];
				const dataLines: number[] = [];
				for (const { cells, blankBefore } of rows) {
					if (blankBefore) lines.push('');
					const shuffled: string[] =
						cells.length === 3 ? order.map((index) => cells[index]) : [...cells];
					const safe =
						delimiter === ';' ? shuffled : shuffled.map((cell) => cell.replace(/,/g, '.'));
					lines.push(safe.join(delimiter));
					dataLines.push(lines.length);
				}
				const text = lines.join(newline) + newline;
				const bytes =
					encoding === 'windows-1252'
						? windows1252(
								[...text].map((char) => (char.codePointAt(0)! > 0xff ? '?' : char)).join('')
							)
						: encoding === 'utf-8-bom'
							? utf8('\ufeff' + text)
							: utf8(text);
				const result = validateDataset(folder({ '2017/entrepreneurs.csv': bytes }));
				const report = result.files.find((file) => file.file === 'data/2017/entrepreneurs.csv')!;
				expect(report.rows).toBe(dataLines.length);
				expect(report.loaded + report.rejected).toBe(report.rows);
				const loadedLines = new Set(result.dataset.figures.map((figure) => figure.location.line));
				const errorLines = new Set(
					result.issues
						.filter(
							(issue) => issue.severity === 'error' && issue.file === 'data/2017/entrepreneurs.csv'
						)
						.map((issue) => issue.line)
				);
				expect(loadedLines.size).toBe(report.loaded);
				for (const line of dataLines)
					expect(loadedLines.has(line) || errorLines.has(line)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	}, 60_000);

	it('never throws on random bytes or truncated files, and locates every issue', () => {
		const valid = utf8(
			'question_id;answer_id;pct\r\nimpact_measurement_started;yes;"63,5"\r\nimpact_measurement_started;no;36\r\n'
		);
		const bytes = fc.oneof(
			fc.uint8Array({ maxLength: 300 }),
			fc.nat({ max: valid.length }).map((end) => valid.slice(0, end)),
			fc
				.tuple(fc.nat({ max: valid.length }), fc.uint8Array({ maxLength: 20 }))
				.map(([at, noise]) =>
					Uint8Array.from([...valid.slice(0, at), ...noise, ...valid.slice(at)])
				)
		);
		const target = fc.constantFrom(
			'2017/public.csv',
			'waves.csv',
			'questions.csv',
			'answers.csv',
			'sample_composition.csv'
		);
		fc.assert(
			fc.property(bytes, target, (content, name) => {
				const result = validateDataset(folder({ [name]: content }));
				for (const issue of result.issues) {
					expect(issue.line).toBeGreaterThanOrEqual(1);
					expect(issue.column).toBeGreaterThanOrEqual(1);
					expect(issue.message.length).toBeGreaterThan(0);
				}
				for (const report of result.files)
					expect(report.loaded + report.rejected).toBe(report.rows);
				expect(result.errorCount).toBe(
					result.issues.filter((issue) => issue.severity === 'error').length
				);
			}),
			{ numRuns: 500 }
		);
	}, 60_000);
});
