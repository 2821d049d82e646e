import { analyseDataset } from '../analysis/analyseDataset';
import { figure, wave } from '../analysis/fixtures';
import type { Answer, ChartSpec, Dataset, Question } from '../data/types';
import type { Lang } from '../i18n/lang';
import { catalog, type Catalog } from './catalog';

/**
 * Test helpers: a small synthetic dataset that reaches every case the view models handle (a year
 * without a wave, a wave without the figure, n unknown, a subgroup, a derived, an approximate and a
 * change-only figure, a year's own wording, a headline question nobody was asked), so that view
 * specs do not depend on the bundled data. The question and answer ids are the ones the themed
 * pages ask for (views/pages/pages.ts); the numbers are made up.
 *
 * @example
 * const fr = sampleCatalog('fr');
 * fr.estimate('public', 'awareness_terms', 'sse', 2017)?.pct // 63
 */
export function sampleDataset(): Dataset {
	return {
		waves: [
			wave(2012, 'entrepreneurs', null),
			wave(2012, 'public', null),
			wave(2013, 'public', 1000, { fieldworkStart: '2013-11', fieldworkEnd: '2013-11' }),
			wave(2015, 'public', 1000),
			wave(2016, 'entrepreneurs', 80, { designEffect: 1.25 }),
			wave(2016, 'public', 1000),
			wave(2017, 'entrepreneurs', 90, {
				source: 'report.txt lines 1-2',
				fieldworkStart: '2017-09-13',
				fieldworkEnd: '2017-10-15',
				edition: 'Baromètre 2018',
				method: 'CAWI',
				statedMargin: '4,4 à 10 points'
			}),
			wave(2017, 'public', 1000, { source: 'https://example.org/2017 ; report.txt line 3' }),
			wave(2017, 'public_18_24', null, { parent: 'public' })
		],
		questions: [
			question('awareness_terms', 'awareness', 'multi', true),
			question('obstacles_development', 'obstacles', 'multi', false),
			question('barriers_to_creation', 'barriers_to_creation', 'multi', false),
			question('digital_social_link', 'tech_for_good', 'single', true),
			question('digital_useful_domains', 'tech_for_good', 'multi', false),
			question('never_asked', 'other', 'single', true)
		],
		answers: [
			answer('awareness_terms', 'sse', 1),
			answer('awareness_terms', 'social_entrepreneurship', 2),
			answer('awareness_terms', 'social_entrepreneur', 3),
			answer('obstacles_development', 'funding', 1),
			answer('obstacles_development', 'partners', 2),
			answer('obstacles_development', 'time', 3),
			answer('barriers_to_creation', 'money', 1),
			answer('barriers_to_creation', 'idea', 2),
			answer('digital_social_link', 'yes', 1),
			answer('digital_social_link', 'no', 2),
			answer('digital_useful_domains', 'education', 1),
			answer('digital_useful_domains', 'employment', 2),
			answer('never_asked', 'yes', 1)
		],
		figures: [
			figure(2012, 'public', 'awareness_terms', 'sse', 50),
			figure(2013, 'public', 'awareness_terms', 'sse', 64),
			figure(2016, 'public', 'awareness_terms', 'sse', 61),
			figure(2017, 'public', 'awareness_terms', 'sse', 63, {
				deltaPts: 2,
				deltaVsYear: 2016,
				source: 'https://example.org/2017'
			}),
			figure(2016, 'public', 'awareness_terms', 'social_entrepreneurship', 30),
			figure(2017, 'public', 'awareness_terms', 'social_entrepreneurship', 35, {
				labelFr: 'Entrepreneuriat social (libellé 2017)',
				labelEn: 'Social entrepreneurship (2017 wording)'
			}),
			figure(2016, 'public', 'awareness_terms', 'social_entrepreneur', null, {
				deltaPts: 7,
				deltaVsYear: 2013,
				note: 'Level not published; change only.'
			}),
			figure(2016, 'entrepreneurs', 'obstacles_development', 'funding', 43),
			figure(2017, 'entrepreneurs', 'obstacles_development', 'funding', 43),
			figure(2017, 'entrepreneurs', 'obstacles_development', 'partners', 19, {
				derived: true,
				note: 'Derived from a published change: ±1 pt.'
			}),
			figure(2017, 'public', 'barriers_to_creation', 'money', 40, {
				note: 'Population uncertain (ambiguity 4).'
			}),
			figure(2017, 'public', 'barriers_to_creation', 'idea', 36, {
				note: 'Population uncertain (ambiguity 4).'
			}),
			figure(2017, 'public_18_24', 'barriers_to_creation', 'money', 45),
			figure(2013, 'public', 'digital_social_link', 'yes', 30, {
				approximate: true,
				note: "Published as 'un tiers': approximate."
			}),
			figure(2017, 'entrepreneurs', 'digital_social_link', 'yes', 60),
			figure(2017, 'entrepreneurs', 'digital_social_link', 'no', 40),
			figure(2017, 'public', 'digital_social_link', 'yes', 35),
			figure(2017, 'public', 'digital_social_link', 'no', 65),
			figure(2016, 'entrepreneurs', 'digital_useful_domains', 'education', 80),
			figure(2016, 'public', 'digital_useful_domains', 'education', 70),
			figure(2017, 'entrepreneurs', 'digital_useful_domains', 'employment', 82),
			figure(2017, 'entrepreneurs', 'digital_useful_domains', 'education', 88),
			figure(2017, 'public', 'digital_useful_domains', 'employment', 66),
			figure(2017, 'public', 'digital_useful_domains', 'education', 69)
		],
		composition: [
			{
				year: 2017,
				population: 'entrepreneurs',
				variable: 'sex',
				category: 'women',
				pct: 37,
				source: null
			},
			{
				year: 2017,
				population: 'entrepreneurs',
				variable: 'sex',
				category: 'men',
				pct: 63,
				source: null
			}
		],
		site: {},
		populations: [
			population('entrepreneurs', 'Entrepreneurs sociaux', 'Social entrepreneurs'),
			population('public', 'Grand public', 'General public'),
			population('public_18_24', '18–24 ans', '18–24 year olds', 'public')
		],
		themes: ['awareness', 'obstacles', 'barriers_to_creation', 'tech_for_good', 'other'].map(
			(id) => ({ id, labelFr: `Thème ${id}`, labelEn: `Theme ${id}`, leadFr: null, leadEn: null })
		),
		charts: [
			chart('awareness', 'awareness', 'trend', 'awareness_terms', {
				answerIds: ['sse', 'social_entrepreneurship'],
				populations: ['public']
			}),
			chart('obstacles', 'obstacles', 'bars', 'obstacles_development', {
				populations: ['entrepreneurs'],
				noteFr: 'Une note.',
				noteEn: 'A note.'
			}),
			chart('barriers', 'obstacles', 'bars', 'barriers_to_creation', { populations: ['public'] }),
			chart('digital-association', 'tech_for_good', 'gaps', 'digital_social_link'),
			chart('digital-domains', 'tech_for_good', 'gaps', 'digital_useful_domains')
		],
		methodology: { fr: [], en: [] }
	};
}

function population(id: string, labelFr: string, labelEn: string, parent: string | null = null) {
	return { id, labelFr, labelEn, parent };
}

function chart(
	id: string,
	theme: string,
	kind: ChartSpec['kind'],
	questionId: string,
	extra: Partial<ChartSpec> = {}
): ChartSpec {
	return {
		id,
		theme,
		kind,
		questionId,
		answerIds: null,
		populations: null,
		year: null,
		titleFr: null,
		titleEn: null,
		noteFr: null,
		noteEn: null,
		...extra
	};
}

/** The catalog of `sampleDataset()`, or of a variant of it, in one language. */
export function sampleCatalog(lang: Lang = 'fr', dataset: Dataset = sampleDataset()): Catalog {
	return catalog(dataset, analyseDataset(dataset), lang);
}

/**
 * The sample with a series break: the public's 2017 "social entrepreneurship" (30 % in 2016, 35 %
 * in 2017, a year's own wording) is marked as not comparable with 2016.
 *
 * @example
 * breakCatalog('en').changeTo('public', 'awareness_terms', 'social_entrepreneurship', 2017)?.verdict // 'not_comparable'
 */
export function breakCatalog(lang: Lang = 'fr'): Catalog {
	const dataset = sampleDataset();
	return sampleCatalog(lang, {
		...dataset,
		figures: dataset.figures.map((figure) =>
			figure.year === 2017 && figure.answerId === 'social_entrepreneurship'
				? {
						...figure,
						break: true,
						breakNoteFr: 'Libellé 2017 différent.',
						breakNoteEn: 'The 2017 wording differs.'
					}
				: figure
		)
	});
}

/** The sample's waves, questions and answers without a single figure: every view's empty case. */
export function emptyCatalog(lang: Lang = 'fr'): Catalog {
	return sampleCatalog(lang, { ...sampleDataset(), figures: [], composition: [] });
}

function question(id: string, theme: string, kind: Question['kind'], headline: boolean): Question {
	return {
		id,
		theme,
		kind,
		labelFr: `Question ${id}`,
		labelEn: `Question ${id} (en)`,
		noteFr: null,
		noteEn: null,
		headline
	};
}

function answer(questionId: string, id: string, order: number): Answer {
	return { questionId, id, labelFr: `Réponse ${id}`, labelEn: `Answer ${id}`, order };
}
