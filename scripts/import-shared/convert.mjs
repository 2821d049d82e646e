#!/usr/bin/env node
/**
 * Builds the bundled data folder (data/) from the shared, read-only material
 * (published_figures.csv, methodology_notes.md, sources/barometre-2018-tech-for-good.txt).
 *
 *   node scripts/import-shared/convert.mjs ../shared/data data
 *
 * Run by hand, never by the build or the tests. Only node: built-ins are used.
 *
 * Writes: waves.csv, questions.csv, answers.csv, <year>/<population>.csv,
 * sample_composition.csv and sources/ (byte-identical copies). data/README.md is hand-written
 * and left alone. The hand-maintained tables (waves, questions, answers, notes, breaks) are the constants
 * below; every published figure of 2012–2020 must map onto them, or the script stops.
 *
 * After writing, it reads its own output back and checks that every 2012–2020 survey row of the
 * shared CSV is exactly one figure row (same year, population, answer, value, flags and change)
 * and that every published change whose base year has a level is reproduced within ±1 point.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptDirectory = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(scriptDirectory, '../..');
const sharedDirectory = path.resolve(
	process.argv[2] ?? path.join(repositoryRoot, '../shared/data')
);
const outputDirectory = path.resolve(process.argv[3] ?? path.join(repositoryRoot, 'data'));

const FIRST_YEAR = 2012;
const LAST_YEAR = 2020;

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180): a small reader and writer
// ---------------------------------------------------------------------------------------------

/** Parses RFC 4180 text (comma, double quotes, CRLF or LF) into an array of string arrays. */
function parseCsv(text) {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const rows = [];
	let row = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (quoted) {
			if (character === '"') {
				if (text[index + 1] === '"') {
					field += '"';
					index++;
				} else quoted = false;
			} else field += character;
		} else if (character === '"') quoted = true;
		else if (character === ',') {
			row.push(field);
			field = '';
		} else if (character === '\n' || character === '\r') {
			if (character === '\r' && text[index + 1] === '\n') index++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += character;
	}
	if (quoted) throw new Error('CSV: unterminated quoted field');
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

/** Reads a CSV file into objects keyed by the header row. */
function readCsvObjects(file) {
	const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
	return rows.map((cells, rowIndex) => {
		if (cells.length !== header.length)
			throw new Error(
				`${file}:${rowIndex + 2}: ${cells.length} fields, header has ${header.length}`
			);
		return Object.fromEntries(header.map((name, column) => [name, cells[column]]));
	});
}

function quoteField(value) {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes objects as UTF-8 CSV (no BOM), comma-delimited, LF line ends, header first. */
function writeCsv(file, columns, records) {
	const lines = [columns.join(',')];
	for (const record of records)
		lines.push(columns.map((name) => quoteField(record[name])).join(','));
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, lines.join('\n') + '\n', 'utf8');
	return records.length;
}

// ---------------------------------------------------------------------------------------------
// Hand-maintained tables
// ---------------------------------------------------------------------------------------------

const POPULATION_IDS = {
	entrepreneurs: 'entrepreneurs',
	public: 'public',
	'jeunes_18-24': 'public_18_24'
};
const POPULATION_ORDER = ['entrepreneurs', 'public', 'public_18_24'];

const REPORT = 'barometre-2018-tech-for-good.txt';
const URL_KPMG_2012 =
	'http://www.kpmg.com/FR/fr/IssuesAndInsights/ArticlesPublications/Press-releases/Pages/19092012-CP-Barometre-entrepreneuriat-social-2012.aspx';
const URL_ENGIE_2013 =
	'https://engie.microworld.org/fr/news-from-the-field/article/quelle-perception-l-entrepreneuriat-social-en-france';
const URL_CONVERGENCES_2015 =
	'http://www.convergences.org/barometre-2015-de-lentrepreneuriat-social-2/';
const SOURCES_2016 = [
	'http://letowski.fr/tag/developpement-d/?p=4004',
	'https://letowski.fr/85-des-e-commercants-francais-sont-optimistes-dans-lavenir-de-leur-entreprise/?p=11596',
	'https://www.convergences.org/sortie-du-5e-barometre-de-lentrepreneuriat-social-un-rassemblement-pour-les-acteurs-du-changement/'
].join(' ; ');
const SOURCES_2018 = [
	'https://www.parlonspme.fr/le-barometre-de-lentrepreneuriat-social-2019-est-sorti',
	'https://www.convergences.org/barometre-de-lentrepreneuriat-social-2019-lentrepreneuriat-social-vu-par-les-entrepreneurs-sociaux-et-le-grand-public/',
	'https://www.chorum-cides.fr/actualite/barometre-le-climat-devient-la-premiere-preoccupation-des-entrepreneurs-sociaux/',
	'https://www.convergences.org/bes-sondage-opinionway-lentrepreneuriat-social-vu-par-les-entrepreneurs-sociaux-et-le-grand-public/'
].join(' ; ');
const SOURCES_2020 = [
	'https://letowski.fr/jacques-attali-plaide-pour-une-politique-plus-vigoureuse-en-direction-des-tpepme-et-des-creations-dentreprise/?p=19568',
	'https://www.convergences.org/en/social-entrepreneurship-barometer/',
	'https://www.carenews.com/fr/news/barometre-de-l-entrepreneuriat-social-2020-la-notoriete-du-secteur-en-berne'
].join(' ; ');

const METHOD_ENTREPRENEURS = 'CAWI (online self-administered)';
const METHOD_PUBLIC = 'CAWI, quota sample (sex, age, occupation, agglomeration size, region)';
const MARGIN_ENTREPRENEURS = '4,4 à 10 points';
const MARGIN_PUBLIC = '1,5 à 3 points';

/**
 * One entry per fieldwork year and population, from methodology_notes.md sections 1 and 2.
 * Only the waves that carry at least one figure (or a sample composition) are written.
 * The 18–24 subgroup shares the public's fieldwork; its base is not published.
 */
const WAVES = [
	// 2012: "Baromètre 2012", published 17 Sept 2012; sizes, dates, method not found.
	{
		year: 2012,
		population: 'entrepreneurs',
		sample_size: '',
		fieldwork_start: '2012',
		fieldwork_end: '2012',
		method: '',
		source: URL_KPMG_2012,
		edition: 'Baromètre 2012',
		stated_margin: ''
	},
	{
		year: 2012,
		population: 'public',
		sample_size: '',
		fieldwork_start: '2012',
		fieldwork_end: '2012',
		method: '',
		source: URL_KPMG_2012,
		edition: 'Baromètre 2012',
		stated_margin: ''
	},
	// 2013: 63 / 1,002 in November 2013; edition name uncertain (ambiguity 11), left empty.
	{
		year: 2013,
		population: 'entrepreneurs',
		sample_size: 63,
		fieldwork_start: '2013-11',
		fieldwork_end: '2013-11',
		method: '',
		source: URL_ENGIE_2013,
		edition: '',
		stated_margin: ''
	},
	{
		year: 2013,
		population: 'public',
		sample_size: 1002,
		fieldwork_start: '2013-11',
		fieldwork_end: '2013-11',
		method: '',
		source: URL_ENGIE_2013,
		edition: '',
		stated_margin: ''
	},
	// 2015: "Baromètre 2015", presented 24 Nov 2015; sizes unknown.
	{
		year: 2015,
		population: 'entrepreneurs',
		sample_size: '',
		fieldwork_start: '2015',
		fieldwork_end: '2015',
		method: '',
		source: URL_CONVERGENCES_2015,
		edition: 'Baromètre 2015',
		stated_margin: ''
	},
	{
		year: 2015,
		population: 'public',
		sample_size: '',
		fieldwork_start: '2015',
		fieldwork_end: '2015',
		method: '',
		source: URL_CONVERGENCES_2015,
		edition: 'Baromètre 2015',
		stated_margin: ''
	},
	// 2016: "Baromètre 2017", 5th edition.
	{
		year: 2016,
		population: 'entrepreneurs',
		sample_size: 82,
		fieldwork_start: '2016-09-15',
		fieldwork_end: '2016-10-07',
		method: METHOD_ENTREPRENEURS,
		source: SOURCES_2016,
		edition: 'Baromètre 2017',
		stated_margin: MARGIN_ENTREPRENEURS
	},
	{
		year: 2016,
		population: 'public',
		sample_size: 1011,
		fieldwork_start: '2016-09-14',
		fieldwork_end: '2016-09-15',
		method: METHOD_PUBLIC,
		source: SOURCES_2016,
		edition: 'Baromètre 2017',
		stated_margin: MARGIN_PUBLIC
	},
	{
		year: 2016,
		population: 'public_18_24',
		sample_size: '',
		fieldwork_start: '2016-09-14',
		fieldwork_end: '2016-09-15',
		method: METHOD_PUBLIC,
		source: SOURCES_2016,
		edition: 'Baromètre 2017',
		stated_margin: ''
	},
	// 2017: "Baromètre 2018", 6th edition (the report in sources/).
	{
		year: 2017,
		population: 'entrepreneurs',
		sample_size: 88,
		fieldwork_start: '2017-09-13',
		fieldwork_end: '2017-10-15',
		method: METHOD_ENTREPRENEURS,
		source: `${REPORT} lines 120-138, 146-151`,
		edition: 'Baromètre 2018',
		stated_margin: MARGIN_ENTREPRENEURS
	},
	{
		year: 2017,
		population: 'public',
		sample_size: 1071,
		fieldwork_start: '2017-09-13',
		fieldwork_end: '2017-09-14',
		method: METHOD_PUBLIC,
		source: `${REPORT} lines 120-134, 140-151`,
		edition: 'Baromètre 2018',
		stated_margin: MARGIN_PUBLIC
	},
	{
		year: 2017,
		population: 'public_18_24',
		sample_size: '',
		fieldwork_start: '2017-09-13',
		fieldwork_end: '2017-09-14',
		method: METHOD_PUBLIC,
		source: `${REPORT} lines 117-119, 140-144 (age band not given in the report)`,
		edition: 'Baromètre 2018',
		stated_margin: ''
	},
	// 2018: "Baromètre 2019", "enquête menée fin 2018"; method not restated in the stored pages.
	{
		year: 2018,
		population: 'entrepreneurs',
		sample_size: 101,
		fieldwork_start: '2018',
		fieldwork_end: '2018',
		method: '',
		source: SOURCES_2018,
		edition: 'Baromètre 2019',
		stated_margin: MARGIN_ENTREPRENEURS
	},
	{
		year: 2018,
		population: 'public',
		sample_size: 1046,
		fieldwork_start: '2018',
		fieldwork_end: '2018',
		method: '',
		source: SOURCES_2018,
		edition: 'Baromètre 2019',
		stated_margin: ''
	},
	{
		year: 2018,
		population: 'public_18_24',
		sample_size: '',
		fieldwork_start: '2018',
		fieldwork_end: '2018',
		method: '',
		source: SOURCES_2018,
		edition: 'Baromètre 2019',
		stated_margin: ''
	},
	// 2020: "Baromètre 2020", 8th edition.
	{
		year: 2020,
		population: 'entrepreneurs',
		sample_size: 87,
		fieldwork_start: '2020-06-21',
		fieldwork_end: '2020-07-01',
		method: METHOD_ENTREPRENEURS,
		source: SOURCES_2020,
		edition: 'Baromètre 2020',
		stated_margin: ''
	},
	{
		year: 2020,
		population: 'public',
		sample_size: 1056,
		fieldwork_start: '2020-06-12',
		fieldwork_end: '2020-06-13',
		method: METHOD_PUBLIC,
		source: SOURCES_2020,
		edition: 'Baromètre 2020',
		stated_margin: ''
	}
].map((wave) => ({
	...wave,
	parent: wave.population === 'public_18_24' ? 'public' : '',
	design_effect: 1
}));

const NOT_A_SERIES_FR =
	"Mesure propre à une seule année : la formulation des perspectives de développement change d'une édition à l'autre (2013 « assez bonnes », 2017 évolutions seules, 2018 « 9 sur 10 optimistes »), ce n'est pas une série comparable.";
const NOT_A_SERIES_EN =
	"A one-year measure: the development-outlook wording changes between editions (2013 'fairly good', 2017 changes only, 2018 '9 in 10 optimistic'), so it is not a comparable series.";

/**
 * Questions in display order. `match` selects the shared rows: theme, and question_fr when a theme
 * holds several questions, or answer_fr for the development-outlook measures.
 */
const QUESTIONS = [
	{
		question_id: 'awareness_terms',
		theme: 'awareness',
		kind: 'multi',
		headline: 'yes',
		match: { theme: 'awareness' },
		label_fr: 'A déjà entendu parler du terme…',
		label_en: 'Has already heard of the term…',
		note_fr:
			"Chaque terme est une question oui/non. « Entrepreneur social » et « entrepreneuriat social » sont deux séries distinctes. Le point de 2008 (15 %, origine incertaine) n'est pas repris.",
		note_en:
			"Each term is a yes/no item. 'Social entrepreneur' and 'social entrepreneurship' are separate series. The 2008 point (15%, origin unclear) is left out.",
		answers: [
			['sse', 'Économie sociale et solidaire (ESS)', 'Social and solidarity economy (SSE)'],
			['social_entrepreneurship', 'Entrepreneuriat social', 'Social entrepreneurship'],
			['social_entrepreneur', 'Entrepreneur social', 'Social entrepreneur']
		]
	},
	{
		question_id: 'social_entrepreneur_definition',
		theme: 'definition',
		kind: 'single',
		headline: '',
		match: { theme: 'definition' },
		label_fr: "Définition d'un entrepreneur social",
		label_en: 'Definition of a social entrepreneur',
		note_fr: 'Une seule définition choisie ; seules deux options sont publiées.',
		note_en: 'One definition chosen; only two options are published.',
		answers: [
			[
				'general_interest_project',
				"Un chef d'entreprise qui met ses qualités d'entrepreneur au service d'un projet d'intérêt général",
				'A business leader who puts entrepreneurial skills at the service of a general-interest project'
			],
			[
				'close_to_employees',
				"Un chef d'entreprise proche de ses salariés",
				'A business leader close to employees'
			],
			// Listed without a figure: the other definitions exist but were not published.
			[
				'other_definitions',
				'Autres définitions (non publiées)',
				'Other definitions (not published)'
			]
		]
	},
	{
		question_id: 'priority_problems',
		theme: 'problems_to_solve',
		kind: 'multi',
		headline: 'yes',
		match: { theme: 'problems_to_solve' },
		label_fr: 'Problèmes sociétaux (sociaux/environnementaux) à résoudre en priorité',
		label_en: 'Societal (social/environmental) problems to solve as a priority',
		note_fr:
			'Posée aux deux populations chaque année ; seules certaines réponses sont publiées chaque année, les séries ont des trous.',
		note_en:
			'Asked of both populations every year; only some answers are published each year, so the series have gaps.',
		answers: [
			['climate_change', 'Changement climatique', 'Climate change'],
			['unemployment', 'Chômage', 'Unemployment'],
			['poverty', 'Pauvreté', 'Poverty'],
			['social_cohesion', 'Cohésion sociale (manque de)', 'Social cohesion (lack of)'],
			['health', 'Santé', 'Health'],
			['crime_security', 'Délinquance / sécurité', 'Crime / security'],
			['education', 'Éducation', 'Education'],
			['gender_equality', 'Égalité femmes-hommes', 'Gender equality']
		]
	},
	{
		question_id: 'innovative_actors',
		theme: 'innovative_actors',
		kind: 'single',
		headline: '',
		match: { theme: 'innovative_actors' },
		label_fr:
			"Type d'acteurs les plus innovants dans la résolution des problèmes sociaux et environnementaux",
		label_en: 'Most innovative type of actor in solving social and environmental problems',
		note_fr:
			"Grand public. Quasi-paire avec « acteurs les plus efficaces » (entrepreneurs) : formulations différentes, pas une comparaison stricte. Niveaux 2017 et 2018 calculés à partir d'évolutions publiées (±1 à 2 pts).",
		note_en:
			"General public. Quasi-pair with 'most effective actors' (entrepreneurs): different wording, not a strict comparison. 2017 and 2018 levels are computed from published changes (±1–2 pts).",
		answers: [
			[
				'social_enterprises',
				'Entreprises sociales / entrepreneurs sociaux',
				'Social enterprises / social entrepreneurs'
			],
			['public_authorities', 'Pouvoirs publics', 'Public authorities'],
			['civil_society', 'Société civile', 'Civil society'],
			['companies', 'Entreprises', 'Companies']
		]
	},
	{
		question_id: 'effective_actors',
		theme: 'effective_actors',
		kind: 'single',
		headline: '',
		match: { theme: 'effective_actors' },
		label_fr: 'Acteurs les plus efficaces pour répondre aux problèmes sociaux et environnementaux',
		label_en: 'Most effective actors in addressing social and environmental problems',
		note_fr:
			'Entrepreneurs sociaux. Quasi-paire avec « acteurs les plus innovants » (grand public) : formulations différentes, pas une comparaison stricte.',
		note_en:
			"Social entrepreneurs. Quasi-pair with 'most innovative actors' (general public): different wording, not a strict comparison.",
		answers: [
			['social_entrepreneurs', 'Entrepreneurs sociaux', 'Social entrepreneurs'],
			['public_authorities', 'Pouvoirs publics', 'Public authorities'],
			['civil_society', 'Société civile', 'Civil society'],
			['companies', 'Entreprises', 'Companies']
		]
	},
	{
		question_id: 'optimism_own_capacity',
		theme: 'optimism',
		kind: 'single',
		headline: '',
		match: { theme: 'optimism' },
		label_fr: 'Optimiste quant à sa capacité à répondre aux problèmes de société',
		label_en: "Optimistic about own capacity to address society's problems",
		note_fr:
			"Entrepreneurs sociaux. Quasi-paire avec l'utilité perçue des entrepreneurs sociaux (grand public, 2018) : formulations différentes.",
		note_en:
			'Social entrepreneurs. Quasi-pair with the perceived usefulness of social entrepreneurs (general public, 2018): different wording.',
		answers: [['optimistic', 'Optimiste', 'Optimistic']]
	},
	{
		question_id: 'usefulness_societal_issues',
		theme: 'usefulness',
		kind: 'single',
		headline: '',
		match: {
			theme: 'usefulness',
			question_fr: 'Les entrepreneurs sociaux sont utiles pour répondre aux enjeux de société'
		},
		label_fr: 'Les entrepreneurs sociaux sont utiles pour répondre aux enjeux de société',
		label_en: 'Social entrepreneurs are useful for addressing societal issues',
		note_fr:
			"Grand public. Quasi-paire avec l'optimisme des entrepreneurs sur leur propre capacité : formulations différentes. Distincte de la question 2015 sur la cohésion sociale.",
		note_en:
			"General public. Quasi-pair with entrepreneurs' optimism about their own capacity: different wording. Distinct from the 2015 social-cohesion question.",
		answers: [['yes', 'Oui', 'Yes']]
	},
	{
		question_id: 'contribution_social_cohesion',
		theme: 'usefulness',
		kind: 'single',
		headline: '',
		match: {
			theme: 'usefulness',
			question_fr: 'Les entrepreneurs sociaux contribuent à la cohésion sociale'
		},
		label_fr: 'Les entrepreneurs sociaux contribuent à la cohésion sociale',
		label_en: 'Social entrepreneurs contribute to social cohesion',
		note_fr:
			"Formulation 2015, publiée en mots (« 1 Français sur 2 ») : valeur approchée, non comparable à la question 2018 sur l'utilité.",
		note_en:
			"2015 wording, published in words ('1 French person in 2'): approximate, not comparable with the 2018 usefulness question.",
		answers: [['yes', 'Oui', 'Yes']]
	},
	{
		question_id: 'development_outlook_rating',
		theme: 'development_outlook',
		kind: 'multi',
		headline: '',
		match: {
			theme: 'development_outlook',
			answer_fr: ['En France – assez bonnes', "À l'étranger – très bonnes + assez bonnes"]
		},
		label_fr:
			"Perspectives de développement du secteur de l'entrepreneuriat social (mesure 2013 : très bonnes / assez bonnes)",
		label_en:
			'Development outlook for the social entrepreneurship sector (2013 measure: very good / fairly good)',
		note_fr: `Entrepreneurs sociaux ; une réponse par zone (France, étranger). ${NOT_A_SERIES_FR}`,
		note_en: `Social entrepreneurs; one item per area (France, abroad). ${NOT_A_SERIES_EN}`,
		answers: [
			['france_fairly_good', 'En France – assez bonnes', 'In France – fairly good'],
			[
				'abroad_good',
				"À l'étranger – très bonnes + assez bonnes",
				'Abroad – very good + fairly good'
			]
		]
	},
	{
		question_id: 'development_outlook_change',
		theme: 'development_outlook',
		kind: 'multi',
		headline: '',
		match: {
			theme: 'development_outlook',
			answer_fr: [
				'En France (perspectives positives)',
				'Dans le reste du monde (perspectives positives)'
			]
		},
		label_fr:
			"Perspectives de développement du secteur de l'entrepreneuriat social (perspectives positives, évolutions 2017 seules)",
		label_en:
			'Development outlook for the social entrepreneurship sector (positive outlook, 2017 changes only)',
		note_fr: `Entrepreneurs sociaux ; une réponse par zone. Seules les évolutions sont publiées (Graphique 3 sans valeurs). ${NOT_A_SERIES_FR}`,
		note_en: `Social entrepreneurs; one item per area. Only the changes are published (Graphique 3 has no values). ${NOT_A_SERIES_EN}`,
		answers: [
			['france_positive', 'En France (perspectives positives)', 'In France (positive outlook)'],
			[
				'world_positive',
				'Dans le reste du monde (perspectives positives)',
				'Rest of the world (positive outlook)'
			]
		]
	},
	{
		question_id: 'development_outlook_optimism',
		theme: 'development_outlook',
		kind: 'multi',
		headline: '',
		match: { theme: 'development_outlook', answer_fr: ['En France – optimistes (9 sur 10)'] },
		label_fr:
			"Perspectives de développement du secteur de l'entrepreneuriat social (optimistes, mesure 2018)",
		label_en:
			'Development outlook for the social entrepreneurship sector (optimistic, 2018 measure)',
		note_fr: `Entrepreneurs sociaux ; publié en mots (« 9 sur 10 »), valeur approchée. ${NOT_A_SERIES_FR}`,
		note_en: `Social entrepreneurs; published in words ('9 in 10'), approximate. ${NOT_A_SERIES_EN}`,
		answers: [['france_optimistic', 'En France – optimistes', 'In France – optimistic']]
	},
	{
		question_id: 'development_plans',
		theme: 'development_plans',
		kind: 'single',
		headline: '',
		match: { theme: 'development_plans' },
		label_fr: "Envisage de se développer (en France ou à l'international)",
		label_en: 'Plans to grow (in France or internationally)',
		note_fr: '',
		note_en: '',
		answers: [['yes', 'Oui', 'Yes']]
	},
	{
		question_id: 'hiring_plans',
		theme: 'hiring',
		kind: 'single',
		headline: '',
		match: { theme: 'hiring' },
		label_fr: "Pense embaucher dans l'année à venir",
		label_en: 'Plans to hire in the coming year',
		note_fr: '',
		note_en: '',
		answers: [['yes', 'Oui', 'Yes']]
	},
	{
		question_id: 'obstacles_development',
		theme: 'obstacles',
		kind: 'multi',
		headline: 'yes',
		match: { theme: 'obstacles' },
		label_fr: "Freins au développement de l'activité",
		label_en: 'Obstacles to developing the activity',
		note_fr: '',
		note_en: '',
		answers: [
			['lack_financial_means', 'Manque de moyens financiers', 'Lack of financial means'],
			[
				'lack_partnerships_companies',
				'Manque de partenariats avec des entreprises classiques',
				'Lack of partnerships with conventional companies'
			]
		]
	},
	{
		question_id: 'funding_mix_below_half',
		theme: 'funding_mix',
		kind: 'multi',
		headline: '',
		match: { theme: 'funding_mix' },
		label_fr: 'Structure des ressources : part inférieure à 50% du budget',
		label_en: 'Resource mix: share below 50% of budget',
		note_fr: '',
		note_en: '',
		answers: [
			['donations_below_half', 'Dons < 50% du budget', 'Donations < 50% of budget'],
			[
				'public_subsidies_below_half',
				'Subventions publiques < 50% du budget',
				'Public subsidies < 50% of budget'
			]
		]
	},
	{
		question_id: 'partnerships_collaborates_with',
		theme: 'partnerships',
		kind: 'multi',
		headline: '',
		match: { theme: 'partnerships', question_fr: 'Collabore avec…' },
		label_fr: 'Collabore avec…',
		label_en: 'Collaborates with…',
		note_fr:
			"La formulation des partenaires varie selon l'année (voir le libellé de chaque chiffre). Entreprises classiques\u00a0: rupture de série en 2017, le chiffre 2013 comptait les collaborations «\u00a0régulières ou occasionnelles\u00a0».",
		note_en:
			"The partner wording varies by year (see each figure's label). Conventional companies: series break in 2017, as the 2013 figure counted 'regular or occasional' collaboration.",
		answers: [
			['conventional_companies', 'Entreprises classiques', 'Conventional companies'],
			['public_authorities', 'Pouvoirs publics', 'Public authorities']
		]
	},
	{
		question_id: 'partnerships_perceived_positive',
		theme: 'partnerships',
		kind: 'multi',
		headline: '',
		match: {
			theme: 'partnerships',
			question_fr: 'Perçoit la collaboration comme positive / bénéfique'
		},
		label_fr: 'Perçoit la collaboration comme positive / bénéfique',
		label_en: 'Perceives the collaboration as positive / beneficial',
		note_fr: '',
		note_en: '',
		answers: [
			[
				'public_actors',
				'Collaboration avec les acteurs publics',
				'Collaboration with public actors'
			],
			[
				'conventional_companies',
				'Collaboration avec les entreprises classiques',
				'Collaboration with conventional companies'
			]
		]
	},
	{
		question_id: 'partnership_expectations',
		theme: 'partnership_expectations',
		kind: 'multi',
		headline: '',
		match: { theme: 'partnership_expectations' },
		label_fr: 'Attentes vis-à-vis des partenariats',
		label_en: 'Expectations from partnerships',
		note_fr:
			"Le chiffre 2016 « financements » (71 %) est une paraphrase de presse dont la catégorie est incertaine\u00a0: rupture de série en 2017, aucune évolution n'est calculée.",
		note_en:
			"The 2016 'funding' figure (71%) is a press paraphrase; its category is uncertain: series break in 2017, no change is computed.",
		answers: [
			[
				'market_outlets',
				'Débouchés pour leurs produits ou services',
				'Market outlets for products/services'
			],
			[
				'co_design',
				'Conception en commun de nouveaux produits ou services',
				'Co-design of new products/services'
			],
			['financial_support', 'Soutien financier', 'Financial support']
		]
	},
	{
		question_id: 'impact_measurement_started',
		theme: 'impact_measurement',
		kind: 'single',
		headline: 'yes',
		match: { theme: 'impact_measurement' },
		label_fr: "A engagé une démarche de mesure de l'impact social de son activité",
		label_en: 'Has started measuring the social impact of own activity',
		note_fr: '',
		note_en: '',
		answers: [
			['yes', 'Oui', 'Yes'],
			['no', 'Non', 'No'],
			['dont_know', 'NSP', "Don't know"]
		]
	},
	{
		question_id: 'sse_motivations',
		theme: 'motivations',
		kind: 'multi',
		headline: '',
		match: {
			theme: 'motivations',
			question_fr: "Facteurs de motivation pour le secteur de l'ESS (attiré par l'ESS pour…)"
		},
		label_fr: "Facteurs de motivation pour le secteur de l'ESS (attiré par l'ESS pour…)",
		label_en:
			'Motivation factors for the social and solidarity economy (attracted to the SSE in order to…)',
		note_fr: "Grand public et 18-24 ans. En 2017 le rapport dit « les jeunes » sans tranche d'âge.",
		note_en:
			"General public and 18–24 year olds. In 2017 the report says 'young people' without an age band.",
		answers: [
			['consume_differently', 'Consommer autrement', 'Consume differently'],
			['work_in_sector', 'Travailler dans le secteur', 'Work in the sector'],
			['volunteer', 'Agir comme bénévole', 'Volunteer'],
			[
				'start_own_activity',
				"Lancer sa propre activité dans l'ESS",
				'Start own activity in the SSE'
			]
		]
	},
	{
		question_id: 'wants_to_work_social_entrepreneurship',
		theme: 'motivations',
		kind: 'single',
		headline: '',
		match: {
			theme: 'motivations',
			question_fr: "Souhaite travailler dans l'entrepreneuriat social (formulation de presse)"
		},
		label_fr: "Souhaite travailler dans l'entrepreneuriat social (formulation de presse)",
		label_en: 'Wants to work in social entrepreneurship (press wording)',
		note_fr:
			'Formulation de presse (mediatico.fr, 2017 : « un quart des Français »), en conflit avec le rapport 2018 (« travailler dans le secteur », 41 %). Conservé mais signalé.',
		note_en:
			"Press wording (mediatico.fr, 2017: 'a quarter of French people'), conflicting with the 2018 report ('work in the sector', 41%). Kept but flagged.",
		answers: [['yes', 'Oui', 'Yes']]
	},
	{
		question_id: 'barriers_to_creation',
		theme: 'barriers_to_creation',
		kind: 'multi',
		headline: '',
		match: { theme: 'barriers_to_creation' },
		label_fr: "Freins à la création d'une activité dans le secteur de l'ESS",
		label_en: 'Barriers to starting an activity in the SSE sector',
		note_fr:
			'Population incertaine : grand public ou jeunes (la phrase suit un passage sur les jeunes).',
		note_en:
			'Population uncertain: general public or young people (the sentence follows one about young people).',
		answers: [
			['no_precise_idea', "Absence d'idée précise", 'No precise idea'],
			['financial_insecurity', 'Insécurité financière', 'Financial insecurity']
		]
	},
	{
		question_id: 'digital_social_link',
		theme: 'tech_for_good',
		kind: 'single',
		headline: 'yes',
		match: {
			theme: 'tech_for_good',
			question_fr: "Associez-vous le numérique à l'entrepreneuriat social ?"
		},
		label_fr: "Associez-vous le numérique à l'entrepreneuriat social ?",
		label_en: 'Do you associate digital technology with social entrepreneurship?',
		note_fr: 'Posée aux deux populations (2017).',
		note_en: 'Asked of both populations (2017).',
		answers: [['yes', 'Oui', 'Yes']]
	},
	{
		question_id: 'digital_useful_domains',
		theme: 'tech_for_good',
		kind: 'multi',
		headline: '',
		match: {
			theme: 'tech_for_good',
			question_fr:
				'Domaines pour lesquels le numérique est utile à la résolution des défis sociétaux'
		},
		label_fr: 'Domaines pour lesquels le numérique est utile à la résolution des défis sociétaux',
		label_en: 'Areas where digital technology is useful for solving societal challenges',
		note_fr:
			"Posée aux deux populations (2017). L'attribution des chiffres « autonomie et vieillissement » à chaque population est déduite de l'ordre du graphique.",
		note_en:
			"Asked of both populations (2017). The assignment of the 'autonomy and ageing' figures to each population is inferred from the graphic's order.",
		answers: [
			['education', 'Éducation', 'Education'],
			['employment', 'Emploi', 'Employment'],
			['autonomy_ageing', 'Autonomie et vieillissement', 'Autonomy and ageing']
		]
	}
];

/**
 * Answer ids whose wording differs from answers.csv in some years: shared answer_fr → answer id.
 * Everything else matches on the canonical label.
 */
const ANSWER_ALIASES = {
	partnerships_collaborates_with: {
		'Entreprises classiques (régulièrement ou occasionnellement)': 'conventional_companies',
		'Pouvoirs publics en France': 'public_authorities',
		'Pouvoirs publics / institutions publiques': 'public_authorities'
	},
	partnership_expectations: {
		"Financements (auprès d'entreprises lucratives)": 'financial_support'
	},
	sse_motivations: { 'Travailler dans le secteur (en tant que salarié)': 'work_in_sector' },
	contribution_social_cohesion: { 'Oui (un Français sur deux)': 'yes' },
	wants_to_work_social_entrepreneurship: { 'Oui (un quart)': 'yes' },
	development_outlook_optimism: { 'En France – optimistes (9 sur 10)': 'france_optimistic' }
};

/** Figures published in words rather than digits (checked against the source text below). */
const APPROXIMATE = new Set([
	'2015|public|contribution_social_cohesion|yes', // '1 Français sur 2'
	'2017|public|wants_to_work_social_entrepreneurship|yes', // 'un quart'
	'2018|entrepreneurs|development_outlook_optimism|france_optimistic' // '9 sur 10'
]);

/**
 * Short English notes: conflicts and caveats of methodology_notes.md section 5, per figure. Each
 * note about an ambiguity says whether it makes the figure a series break (BREAKS) and why.
 */
const NOT_A_BREAK_ROUNDING =
	'Not a series break: same question, the derivation only adds rounding.';
const NOTES = {
	// awareness
	'2012|public|awareness_terms|social_entrepreneur':
		'Derived: 31 (2013) minus the published +12 pts; ±1 pt.',
	'2012|public|awareness_terms|sse':
		"'+10 pts in 7 years' to 68% (2018) implies about 58%, not 50% (ambiguity 13). Not a series break: same term; the conflict is in the published change.",
	'2016|public|awareness_terms|social_entrepreneurship':
		"'+6 pts since 2014': base unclear (Nov 2013 fieldwork? 31% was for 'entrepreneur social'); no 2014 figure (ambiguity 12). Not a series break: the doubt is the base of the published change, and 2012 and 2016 ask of the same term.",
	'2017|public|awareness_terms|sse':
		"Report says 'en régression', but 2016 had 61%: no decline vs 2016 (ambiguity 2). Not a series break: same term; only the report's comment is at odds.",
	'2017|public|awareness_terms|social_entrepreneurship':
		"Report says 'en régression', but 2016 had 37%: no decline vs 2016 (ambiguity 2). Not a series break: same term; only the report's comment is at odds.",
	'2018|public|awareness_terms|sse':
		"Source says '+10 pts in 7 years', implying about 58% in 2011-12; the 2012 source gives 50% (ambiguity 13). Not a series break: same term; the conflict is in the published change.",
	// definition
	'2012|public|social_entrepreneur_definition|general_interest_project':
		'Derived: 71 (2013) minus the published +5 pts; ±1 pt.',
	// priority problems
	'2016|public|priority_problems|climate_change': `Derived twice (38 in 2018, minus 15, minus 6): ±2 pts (ambiguity 14). ${NOT_A_BREAK_ROUNDING}`,
	'2017|public|priority_problems|climate_change': `Derived: 38 (2018) minus the published +15 pts; ±1 pt (ambiguity 14). ${NOT_A_BREAK_ROUNDING}`,
	'2017|public|priority_problems|unemployment':
		'Base year of -13 not explicit in the report; 2016 (54%) confirms it (ambiguity 1). Not a series break: same question as 2016.',
	'2017|public|priority_problems|poverty':
		"Report says poverty 'remains 2nd', but in 2016 crime/security (32) was ahead of poverty (31) (ambiguity 3). Not a series break: only the report's ranking is at odds.",
	'2017|public|priority_problems|gender_equality': 'Level not published; change only.',
	'2020|public|priority_problems|poverty':
		'letowski.fr attributes 37% to entrepreneurs; convergences.org to the public, followed here (ambiguity 15). Not a series break: same question; only the population is in doubt.',
	// actors
	'2017|public|innovative_actors|social_enterprises': `Derived: report delta applied to the 2016 level from another source; ±1 pt (ambiguity 14). ${NOT_A_BREAK_ROUNDING}`,
	'2017|public|innovative_actors|public_authorities': `Derived: report delta applied to the 2016 level from another source; ±1 pt (ambiguity 14). ${NOT_A_BREAK_ROUNDING}`,
	'2018|public|innovative_actors|social_enterprises': `Derived: 20 (2020) plus 5 pts from the published -5; ±1 pt (ambiguity 14). ${NOT_A_BREAK_ROUNDING}`,
	'2018|public|innovative_actors|public_authorities': `Derived: 34 (2020) minus the published +10 pts; ±1 pt (ambiguity 14). ${NOT_A_BREAK_ROUNDING}`,
	'2018|entrepreneurs|effective_actors|social_entrepreneurs':
		'Derived: 67 (2020) minus the published +9 pts; ±1 pt.',
	// optimism, usefulness
	'2017|entrepreneurs|optimism_own_capacity|optimistic':
		"mediatico.fr's text says 95% (its URL says 96) (ambiguity 7). Not a series break: one point between two sources of the same question.",
	'2015|public|contribution_social_cohesion|yes': "Published as '1 Français sur 2': approximate.",
	// development outlook
	'2013|entrepreneurs|development_outlook_rating|abroad_good': 'Level not published; change only.',
	'2017|entrepreneurs|development_outlook_change|france_positive':
		'Level not published (Graphique 3 values missing, ambiguity 9). Not a series break: the outlook measures are separate questions, not one series.',
	'2017|entrepreneurs|development_outlook_change|world_positive':
		'Level not published (Graphique 3 values missing, ambiguity 9). Not a series break: the outlook measures are separate questions, not one series.',
	'2018|entrepreneurs|development_outlook_optimism|france_optimistic':
		"Published as '9 sur 10': approximate; not comparable with the 2013/2017 measures.",
	// obstacles
	'2017|entrepreneurs|obstacles_development|lack_financial_means':
		"Same 43% as 2016, as the report's 'continuent à être un frein' says (ambiguity 17). Not a series break: same question and answer.",
	'2017|entrepreneurs|obstacles_development|lack_partnerships_companies':
		'Derived: 27 (2016) minus the published 8 pts; ±1 pt.',
	// partnerships
	'2013|entrepreneurs|partnerships_collaborates_with|conventional_companies':
		"2013 wording adds 'regularly or occasionally' (two frequencies summed); 2017-18 do not, and no published change links them: the 2017 figure is a series break.",
	'2017|entrepreneurs|partnerships_collaborates_with|conventional_companies':
		"Series break: 2013 counted 'regularly or occasionally', 2017 does not say so, and no published change links them; no change from 2013.",
	'2018|entrepreneurs|partnerships_collaborates_with|public_authorities':
		"Wording differs from 2017 ('in France'), but the source publishes the -15 between them: not a series break.",
	'2016|entrepreneurs|partnerships_perceived_positive|public_actors':
		'Derived: 94 (2017) minus the published +11 pts; ±1 pt.',
	'2016|entrepreneurs|partnership_expectations|financial_support':
		'Press paraphrase; category wording uncertain, outlets may have led (ambiguity 10). The 2017 figure is a series break.',
	'2017|entrepreneurs|partnership_expectations|financial_support':
		'Series break: the 2016 figure (71%) is a press paraphrase of uncertain category (ambiguity 10); no change from 2016.',
	// motivations
	'2017|public|sse_motivations|work_in_sector':
		"Conflicts with the press 'a quarter want to work in social entrepreneurship' (ambiguity 8). Not a series break: same wording as 2016; the conflict is with another question.",
	'2017|public|wants_to_work_social_entrepreneurship|yes':
		"Press wording 'un quart', approximate; conflicts with 41% 'work in the sector' (ambiguity 8). Its own question, one wave: no series to break.",
	'2017|public_18_24|sse_motivations|start_own_activity':
		"Report says 'les jeunes', no age band; 18-24 comes from the 2016 and 2018 sources (ambiguity 6). Not a series break: the report publishes the -13 against 2016's 18-24s.",
	'2018|public_18_24|sse_motivations|work_in_sector':
		"2018 wording adds 'as an employee'. Not a series break: starting one's own activity is a separate answer, so 'work in the sector' already meant as an employee.",
	// barriers
	'2017|public|barriers_to_creation|no_precise_idea':
		'Population uncertain: general public or young people (ambiguity 4). One wave: no series to break.',
	'2017|public|barriers_to_creation|financial_insecurity':
		'Population uncertain: general public or young people (ambiguity 4). One wave: no series to break.',
	// tech for good
	'2017|entrepreneurs|digital_useful_domains|autonomy_ageing':
		'Population assignment inferred from the graphic order (ambiguity 5). One wave: no series to break.',
	'2017|public|digital_useful_domains|autonomy_ageing':
		'Population assignment inferred from the graphic order (ambiguity 5). One wave: no series to break.'
};

/**
 * Series breaks: figures not comparable with the previous wave that has the same answer (the
 * category or its wording changed and no published change links the two), with why, in French
 * and English. Every other ambiguity of methodology_notes.md section 5 was judged not a break;
 * each figure's note says why.
 */
const BREAKS = {
	'2017|entrepreneurs|partnership_expectations|financial_support': {
		break_note_fr:
			"Le chiffre 2016 (71\u00a0%) est une paraphrase de presse («\u00a0financements\u00a0») dont la catégorie est incertaine\u00a0: il n'est pas comparé à celui de 2017.",
		break_note_en:
			"The 2016 figure (71%) is a press paraphrase ('financements') of uncertain category: it is not compared with 2017's."
	},
	'2017|entrepreneurs|partnerships_collaborates_with|conventional_companies': {
		break_note_fr:
			"En 2013, le chiffre comptait les collaborations «\u00a0régulières ou occasionnelles\u00a0»\u00a0; la question de 2017 ne le dit pas\u00a0: il n'est pas comparé à celui de 2013.",
		break_note_en:
			"In 2013 the figure counted 'regular or occasional' collaboration; the 2017 question does not say so: it is not compared with 2013's."
	}
};

// ---------------------------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------------------------

const figureKey = (year, population, questionId, answerId) =>
	`${year}|${population}|${questionId}|${answerId}`;

function findQuestion(row) {
	const candidates = QUESTIONS.filter(({ match }) => {
		if (match.theme !== row.theme) return false;
		if (match.question_fr && match.question_fr !== row.question_fr) return false;
		if (match.answer_fr && !match.answer_fr.includes(row.answer_fr)) return false;
		return true;
	});
	if (candidates.length !== 1)
		throw new Error(
			`${candidates.length} questions match ${row.survey_year} ${row.theme} "${row.question_fr}" / "${row.answer_fr}"`
		);
	return candidates[0];
}

function findAnswer(question, row) {
	const aliased = ANSWER_ALIASES[question.question_id]?.[row.answer_fr];
	const answer = aliased
		? question.answers.find(([id]) => id === aliased)
		: question.answers.find(([, labelFr]) => labelFr === row.answer_fr);
	if (!answer) throw new Error(`no answer of ${question.question_id} for "${row.answer_fr}"`);
	return answer;
}

function convert() {
	const sharedRows = readCsvObjects(path.join(sharedDirectory, 'published_figures.csv')).map(
		(row, index) => ({
			...row,
			line: index + 2,
			population: POPULATION_IDS[row.population] ?? fail(`unknown population ${row.population}`)
		})
	);
	const leftOut = sharedRows.filter(
		(row) => +row.survey_year < FIRST_YEAR || +row.survey_year > LAST_YEAR
	);
	const inRange = sharedRows.filter((row) => !leftOut.includes(row));
	const compositionRows = inRange.filter((row) => row.theme === 'sample_composition');
	const surveyRows = inRange.filter((row) => row.theme !== 'sample_composition');

	// Figures, grouped by wave.
	const figuresByWave = new Map();
	const seen = new Set();
	for (const row of surveyRows) {
		const question = findQuestion(row);
		const [answerId, labelFr, labelEn] = findAnswer(question, row);
		const key = figureKey(row.survey_year, row.population, question.question_id, answerId);
		if (seen.has(key)) throw new Error(`duplicate figure ${key} (line ${row.line})`);
		seen.add(key);
		const wordingDiffers = row.answer_fr !== labelFr || row.answer_en !== labelEn;
		const derived = row.derived === 'yes';
		if (derived && !NOTES[key]) throw new Error(`derived figure ${key} needs a note`);
		const figure = {
			question_id: question.question_id,
			answer_id: answerId,
			pct: row.pct,
			derived: derived ? 'yes' : '',
			approximate: APPROXIMATE.has(key) ? 'yes' : '',
			delta_pts: row.delta_pts,
			delta_vs_year: row.delta_vs_year,
			label_fr: wordingDiffers ? row.answer_fr : '',
			label_en: wordingDiffers ? row.answer_en : '',
			note: NOTES[key] ?? '',
			source: row.source,
			break: BREAKS[key] ? 'yes' : '',
			break_note_fr: BREAKS[key]?.break_note_fr ?? '',
			break_note_en: BREAKS[key]?.break_note_en ?? '',
			_order: [QUESTIONS.indexOf(question), question.answers.findIndex(([id]) => id === answerId)]
		};
		const waveKey = `${row.survey_year}|${row.population}`;
		if (!figuresByWave.has(waveKey)) figuresByWave.set(waveKey, []);
		figuresByWave.get(waveKey).push(figure);
	}
	for (const key of Object.keys(NOTES))
		if (!seen.has(key)) throw new Error(`note for unknown figure ${key}`);
	for (const key of APPROXIMATE)
		if (!seen.has(key)) throw new Error(`approximate flag for unknown figure ${key}`);
	for (const key of Object.keys(BREAKS))
		if (!seen.has(key)) throw new Error(`break for unknown figure ${key}`);

	// Waves: those with a figure or a composition row, and nothing else.
	const usedWaves = new Set([
		...figuresByWave.keys(),
		...compositionRows.map((row) => `${row.survey_year}|${row.population}`)
	]);
	const waves = WAVES.filter((wave) => usedWaves.has(`${wave.year}|${wave.population}`));
	for (const key of usedWaves)
		if (!waves.some((wave) => `${wave.year}|${wave.population}` === key))
			throw new Error(`no wave for ${key}`);
	waves.sort(
		(a, b) =>
			a.year - b.year ||
			POPULATION_ORDER.indexOf(a.population) - POPULATION_ORDER.indexOf(b.population)
	);

	// Output.
	fs.mkdirSync(outputDirectory, { recursive: true });
	for (const entry of fs.readdirSync(outputDirectory, { withFileTypes: true })) {
		if (!entry.isDirectory() || !/^\d{4}$/.test(entry.name)) continue;
		for (const file of fs.readdirSync(path.join(outputDirectory, entry.name)))
			if (file.endsWith('.csv')) fs.rmSync(path.join(outputDirectory, entry.name, file));
	}
	const counts = {};
	counts['waves.csv'] = writeCsv(
		path.join(outputDirectory, 'waves.csv'),
		[
			'year',
			'population',
			'sample_size',
			'fieldwork_start',
			'fieldwork_end',
			'method',
			'source',
			'edition',
			'parent',
			'design_effect',
			'stated_margin'
		],
		waves
	);
	counts['questions.csv'] = writeCsv(
		path.join(outputDirectory, 'questions.csv'),
		['question_id', 'theme', 'kind', 'label_fr', 'label_en', 'note_fr', 'note_en', 'headline'],
		QUESTIONS
	);
	counts['answers.csv'] = writeCsv(
		path.join(outputDirectory, 'answers.csv'),
		['question_id', 'answer_id', 'label_fr', 'label_en', 'order'],
		QUESTIONS.flatMap((question) =>
			question.answers.map(([answerId, labelFr, labelEn], index) => ({
				question_id: question.question_id,
				answer_id: answerId,
				label_fr: labelFr,
				label_en: labelEn,
				order: index + 1
			}))
		)
	);
	const figureColumns = [
		'question_id',
		'answer_id',
		'pct',
		'derived',
		'approximate',
		'delta_pts',
		'delta_vs_year',
		'label_fr',
		'label_en',
		'note',
		'source',
		'break',
		'break_note_fr',
		'break_note_en'
	];
	for (const wave of waves) {
		const figures = figuresByWave.get(`${wave.year}|${wave.population}`) ?? [];
		if (figures.length === 0) continue; // a wave with a sample composition only
		figures.sort((a, b) => a._order[0] - b._order[0] || a._order[1] - b._order[1]);
		const relative = path.join(String(wave.year), `${wave.population}.csv`);
		counts[relative] = writeCsv(path.join(outputDirectory, relative), figureColumns, figures);
	}
	const categories = { Femmes: 'women', Hommes: 'men' };
	counts['sample_composition.csv'] = writeCsv(
		path.join(outputDirectory, 'sample_composition.csv'),
		['year', 'population', 'variable', 'category', 'pct', 'source'],
		compositionRows
			.map((row) => ({
				year: row.survey_year,
				population: row.population,
				variable:
					row.question_en === 'Sample composition by sex'
						? 'sex'
						: fail(`unknown composition ${row.question_en}`),
				category: categories[row.answer_fr] ?? fail(`unknown category ${row.answer_fr}`),
				pct: row.pct,
				source: row.source
			}))
			.sort(
				(a, b) =>
					a.year - b.year ||
					POPULATION_ORDER.indexOf(a.population) - POPULATION_ORDER.indexOf(b.population) ||
					a.category.localeCompare(b.category) * -1
			)
	);
	const sourcesDirectory = path.join(outputDirectory, 'sources');
	fs.mkdirSync(sourcesDirectory, { recursive: true });
	for (const [from, to] of [
		['published_figures.csv', 'published_figures.csv'],
		['methodology_notes.md', 'methodology_notes.md'],
		['sources/barometre-2018-tech-for-good.txt', 'barometre-2018-tech-for-good.txt']
	])
		fs.copyFileSync(path.join(sharedDirectory, from), path.join(sourcesDirectory, to));

	return { sharedRows, leftOut, surveyRows, compositionRows, counts };
}

// ---------------------------------------------------------------------------------------------
// Checks, on the files as written
// ---------------------------------------------------------------------------------------------

function verify({ surveyRows, compositionRows }) {
	const problems = [];
	const answers = readCsvObjects(path.join(outputDirectory, 'answers.csv'));
	const questions = readCsvObjects(path.join(outputDirectory, 'questions.csv'));
	const waves = readCsvObjects(path.join(outputDirectory, 'waves.csv'));
	const answerLabel = new Map(
		answers.map((answer) => [`${answer.question_id}|${answer.answer_id}`, answer])
	);
	const figures = [];
	for (const wave of waves) {
		const file = path.join(outputDirectory, wave.year, `${wave.population}.csv`);
		if (!fs.existsSync(file)) continue;
		for (const figure of readCsvObjects(file)) {
			const answer = answerLabel.get(`${figure.question_id}|${figure.answer_id}`);
			if (!answer)
				problems.push(`${file}: unknown answer ${figure.question_id}/${figure.answer_id}`);
			figures.push({
				...figure,
				year: wave.year,
				population: wave.population,
				effectiveFr: figure.label_fr || answer?.label_fr,
				effectiveEn: figure.label_en || answer?.label_en
			});
		}
	}
	for (const question of questions)
		if (!answers.some((answer) => answer.question_id === question.question_id))
			problems.push(`question ${question.question_id} has no answer`);

	// 1. Every shared survey row is exactly one figure row with the same content.
	const matched = new Set();
	for (const row of surveyRows) {
		const hits = figures.filter(
			(figure) =>
				figure.year === row.survey_year &&
				figure.population === row.population &&
				figure.effectiveFr === row.answer_fr &&
				figure.effectiveEn === row.answer_en &&
				figure.pct === row.pct &&
				figure.delta_pts === row.delta_pts &&
				figure.delta_vs_year === row.delta_vs_year &&
				(figure.derived === 'yes') === (row.derived === 'yes') &&
				figure.source === row.source
		);
		const sameQuestion = hits.filter(
			(figure) =>
				questions.find((q) => q.question_id === figure.question_id)?.label_fr === row.question_fr ||
				row.theme === 'development_outlook'
		);
		if (sameQuestion.length !== 1)
			problems.push(`shared line ${row.line}: ${sameQuestion.length} matching figure rows`);
		else matched.add(sameQuestion[0]);
	}
	if (matched.size !== figures.length)
		problems.push(`${figures.length - matched.size} figure rows match no shared row`);

	// 2. Published changes are reproduced by the levels within ±1 point.
	const deltaChecks = [];
	for (const figure of figures) {
		if (!figure.delta_pts || !figure.pct) continue;
		const base = figures.find(
			(other) =>
				other.year === figure.delta_vs_year &&
				other.population === figure.population &&
				other.question_id === figure.question_id &&
				other.answer_id === figure.answer_id
		);
		if (!base || !base.pct) continue;
		const difference = Number(figure.pct) - Number(base.pct);
		const gap = Math.abs(difference - Number(figure.delta_pts));
		const derivedPair = figure.derived === 'yes' || base.derived === 'yes';
		deltaChecks.push(
			`${figure.year} ${figure.population} ${figure.question_id}/${figure.answer_id}: ${base.pct} -> ${figure.pct} = ${difference >= 0 ? '+' : ''}${difference}, published ${figure.delta_pts} vs ${figure.delta_vs_year}${derivedPair ? ' (derived)' : ''}`
		);
		if (gap > 1 && !derivedPair) problems.push(`change not reproduced: ${deltaChecks.at(-1)}`);
	}

	// 3. Approximate wording in the source text matches the flags.
	const wordsPattern = /sur (deux|2|10)\b|\bquart\b|moitié|\btiers\b/i;
	for (const figure of figures) {
		const worded = wordsPattern.test(figure.source) || wordsPattern.test(figure.effectiveFr);
		if (worded !== (figure.approximate === 'yes'))
			problems.push(
				`approximate flag of ${figure.year} ${figure.population} ${figure.question_id}/${figure.answer_id} disagrees with its wording`
			);
	}

	// 4. Composition rows.
	const composition = readCsvObjects(path.join(outputDirectory, 'sample_composition.csv'));
	if (composition.length !== compositionRows.length)
		problems.push('sample composition count differs');

	// 5. Byte-identical copies.
	for (const [from, to] of [
		['published_figures.csv', 'published_figures.csv'],
		['methodology_notes.md', 'methodology_notes.md'],
		['sources/barometre-2018-tech-for-good.txt', 'barometre-2018-tech-for-good.txt']
	])
		if (
			!fs
				.readFileSync(path.join(sharedDirectory, from))
				.equals(fs.readFileSync(path.join(outputDirectory, 'sources', to)))
		)
			problems.push(`sources/${to} is not a byte-identical copy`);

	return { problems, figures, deltaChecks };
}

function fail(message) {
	throw new Error(message);
}

const result = convert();
const { problems, figures, deltaChecks } = verify(result);
console.log(
	`shared rows: ${result.sharedRows.length} (left out, outside ${FIRST_YEAR}-${LAST_YEAR}: ${result.leftOut.length}; composition: ${result.compositionRows.length}; survey figures: ${result.surveyRows.length})`
);
for (const [file, count] of Object.entries(result.counts)) console.log(`  ${file}: ${count} rows`);
console.log(`figure rows written: ${figures.length}`);
console.log('published changes with a base-year level:');
for (const line of deltaChecks) console.log(`  ${line}`);
if (problems.length > 0) {
	for (const problem of problems) console.error(`problem: ${problem}`);
	process.exit(1);
}
console.log(
	'checks passed: every survey row is exactly one figure row; changes reproduced within ±1 pt'
);
