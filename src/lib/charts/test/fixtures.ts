/**
 * Test fixtures: view models with the barometer's real published figures (data/), their Wilson
 * intervals and Newcombe verdicts as src/lib/stats computes them (rounded to 2 decimals). Used by
 * the specs of src/lib/charts and src/lib/figures; labels in French or English.
 */
import type { Lang } from '../../i18n/lang';
import type {
	DifferenceView,
	DumbbellView,
	EstimateView,
	RankedBarsView,
	SeriesView,
	TrendView
} from '../../views/types';

const populationLabels: Record<Lang, Record<string, string>> = {
	fr: { public: 'Grand public', entrepreneurs: 'Entrepreneurs sociaux' },
	en: { public: 'General public', entrepreneurs: 'Social entrepreneurs' }
};

/** An estimate with the defaults of a plain published figure; the test gives what matters. */
export function estimate(
	fields: Pick<EstimateView, 'year' | 'value'> &
		Partial<EstimateView> & { question?: string; answer?: string; lang?: Lang }
): EstimateView {
	const { question = 'question', answer = 'answer', lang = 'fr', ...rest } = fields;
	const population = rest.population ?? 'public';
	return {
		key: `${population}/${question}/${answer}/${fields.year}`,
		population,
		populationLabel: populationLabels[lang][population] ?? population,
		tone: population === 'entrepreneurs' ? 'entrepreneurs' : 'public',
		label: answer,
		ciLow: null,
		ciHigh: null,
		base: null,
		baseAssumed: false,
		smallBase: false,
		derived: false,
		approximate: false,
		change: null,
		note: null,
		source: null,
		...rest
	};
}

/** A change against an earlier wave. */
export function change(
	fromYear: number,
	delta: number,
	ciLow: number | null,
	ciHigh: number | null,
	verdict: DifferenceView['verdict'],
	pValue: number | null = null
): DifferenceView {
	return { fromYear, delta, ciLow, ciHigh, pValue, verdict };
}

const sseLabel: Record<Lang, string> = {
	fr: "Connaît l'économie sociale et solidaire",
	en: 'Knows the social and solidarity economy'
};

/**
 * Awareness of the social and solidarity economy in the general public, 2012–2020: 2012 with n
 * unknown, 2014 and 2019 without a wave, 2015 not published.
 */
export function awarenessSeries(lang: Lang = 'fr'): SeriesView {
	const point = (
		year: number,
		value: number,
		base: number | null,
		rest: Partial<EstimateView> = {}
	) =>
		estimate({
			year,
			value,
			base,
			baseAssumed: base !== null,
			question: 'awareness_terms',
			answer: 'sse',
			label: sseLabel[lang],
			lang,
			source: 'Baromètre de l\u2019entrepreneuriat social, OpinionWay pour Ashoka',
			...rest
		});
	return {
		key: 'public/awareness_terms/sse',
		answerId: 'sse',
		label: sseLabel[lang],
		population: 'public',
		populationLabel: populationLabels[lang].public,
		tone: 'public',
		points: [
			point(2012, 50, null),
			point(2013, 64, 1002, {
				ciLow: 60.98,
				ciHigh: 66.91,
				change: change(2012, 14, null, null, 'untestable')
			}),
			point(2016, 61, 1011, {
				ciLow: 57.96,
				ciHigh: 63.96,
				change: change(2013, -3, -7.21, 1.23, 'not_significant', 0.1645)
			}),
			point(2017, 63, 1071, {
				ciLow: 60.07,
				ciHigh: 65.84,
				change: change(2016, 2, -2.17, 6.16, 'not_significant', 0.3473)
			}),
			point(2018, 68, 1046, {
				ciLow: 65.11,
				ciHigh: 70.76,
				change: change(2017, 5, 0.95, 9.03, 'significant', 0.0156)
			}),
			point(2020, 47, 1056, {
				ciLow: 44.01,
				ciHigh: 50.02,
				change: change(2018, -21, -25.07, -16.82, 'significant', 0)
			})
		],
		missing: [
			{ year: 2014, reason: 'no_wave' },
			{ year: 2015, reason: 'not_published' },
			{ year: 2019, reason: 'no_wave' }
		],
		breaks: []
	};
}

/** The awareness trend, with the axis from 2012 to 2020. */
export function awarenessTrend(lang: Lang = 'fr'): TrendView {
	return {
		id: 'awareness-sse',
		title:
			lang === 'fr'
				? "Notoriété de l'économie sociale et solidaire"
				: 'Awareness of the social and solidarity economy',
		years: [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020],
		series: [awarenessSeries(lang)]
	};
}

const obstacleLabels: Record<Lang, { money: string; partnerships: string }> = {
	fr: {
		money: 'Manque de moyens financiers',
		partnerships: 'Manque de partenariats avec des entreprises classiques'
	},
	en: {
		money: 'Lack of financial means',
		partnerships: 'Lack of partnerships with conventional companies'
	}
};

/**
 * Obstacles to developing the activity, social entrepreneurs 2017 (n = 88): the two published
 * answers, the second derived from 2016's 27 % and the published −8 pts.
 */
export function obstaclesBars(lang: Lang = 'fr'): RankedBarsView {
	const bar = (answer: string, label: string, value: number, rest: Partial<EstimateView>) =>
		estimate({
			year: 2017,
			value,
			population: 'entrepreneurs',
			question: 'obstacles_development',
			answer,
			label,
			lang,
			base: 88,
			baseAssumed: true,
			...rest
		});
	return {
		id: 'obstacles-2017',
		title:
			lang === 'fr'
				? 'Freins au développement de l\u2019activité, 2017'
				: 'Obstacles to developing the activity, 2017',
		year: 2017,
		population: 'entrepreneurs',
		populationLabel: populationLabels[lang].entrepreneurs,
		tone: 'entrepreneurs',
		bars: [
			bar('lack_financial_means', obstacleLabels[lang].money, 43, {
				ciLow: 33.16,
				ciHigh: 53.42,
				change: change(2016, 0, -14.6, 14.56, 'not_significant', 1)
			}),
			bar('lack_partnerships_companies', obstacleLabels[lang].partnerships, 19, {
				ciLow: 12.17,
				ciHigh: 28.42,
				derived: true,
				note:
					lang === 'fr'
						? '27 % en 2016 moins les 8 pts publiés'
						: '27% in 2016 less the published 8 pts',
				change: change(2016, -8, -20.51, 4.64, 'not_significant', 0.2145)
			})
		],
		partial: true
	};
}

const domainLabels: Record<Lang, Record<string, string>> = {
	fr: {
		education: 'Éducation',
		employment: 'Emploi',
		autonomy_ageing: 'Autonomie et vieillissement',
		associate: 'Associe le numérique à l\u2019entrepreneuriat social'
	},
	en: {
		education: 'Education',
		employment: 'Employment',
		autonomy_ageing: 'Autonomy and ageing',
		associate: 'Associates digital technology with social entrepreneurship'
	}
};

/** Tech for good, 2017: social entrepreneurs (n = 88) against the general public (n = 1,071). */
export function digitalDumbbell(lang: Lang = 'fr'): DumbbellView {
	const rows: [
		string,
		number,
		[number, number],
		number,
		[number, number],
		[number, number, number]
	][] = [
		['education', 88, [79.58, 93.24], 69, [66.17, 71.7], [19, 10.16, 24.96]],
		['employment', 82, [72.69, 88.63], 66, [63.11, 68.78], [16, 6.29, 23.23]],
		['autonomy_ageing', 70, [59.75, 78.57], 56, [53.01, 58.95], [14, 3.34, 23.08]],
		['associate', 60, [49.55, 69.61], 35, [32.2, 37.91], [25, 14.16, 35.01]]
	];
	return {
		id: 'digital-2017',
		title: lang === 'fr' ? 'Le numérique, utile\u00a0? 2017' : 'Is digital technology useful? 2017',
		rows: rows.map(
			([answer, valueA, [lowA, highA], valueB, [lowB, highB], [gap, gapLow, gapHigh]]) => {
				const common = {
					year: 2017,
					question: 'tech_for_good',
					answer,
					label: domainLabels[lang][answer],
					lang,
					baseAssumed: true
				};
				return {
					key: `tech_for_good/${answer}/2017`,
					label: domainLabels[lang][answer],
					year: 2017,
					a: estimate({
						...common,
						value: valueA,
						ciLow: lowA,
						ciHigh: highA,
						base: 88,
						population: 'entrepreneurs'
					}),
					b: estimate({
						...common,
						value: valueB,
						ciLow: lowB,
						ciHigh: highB,
						base: 1071,
						population: 'public'
					}),
					gap: {
						fromYear: null,
						delta: gap,
						ciLow: gapLow,
						ciHigh: gapHigh,
						pValue: null,
						verdict: 'significant'
					}
				};
			}
		)
	};
}

const expectationLabels: Record<Lang, { coDesign: string; financial: string; title: string }> = {
	fr: {
		coDesign: 'Conception en commun',
		financial: 'Soutien financier',
		title: 'Attentes vis-à-vis des partenariats'
	},
	en: {
		coDesign: 'Co-design',
		financial: 'Financial support',
		title: 'Expectations from partnerships'
	}
};

/**
 * The entrepreneurs' partnership expectations, 2016–2017 (n = 82, 88): co-design 70 % → 59 %, a
 * change within the margin of error; financial support 71 % → 48 %, a series break (the 2016
 * figure is a press paraphrase of uncertain category), so no change and no line between them.
 */
export function expectationsTrend(lang: Lang = 'fr'): TrendView {
	const words = expectationLabels[lang];
	const point = (
		answer: string,
		label: string,
		year: number,
		value: number,
		rest: Partial<EstimateView>
	) =>
		estimate({
			year,
			value,
			population: 'entrepreneurs',
			question: 'partnership_expectations',
			answer,
			label,
			lang,
			base: year === 2016 ? 82 : 88,
			baseAssumed: true,
			...rest
		});
	const series = (
		answer: string,
		label: string,
		points: EstimateView[],
		breaks: SeriesView['breaks']
	): SeriesView => ({
		key: `entrepreneurs/partnership_expectations/${answer}`,
		answerId: answer,
		label,
		population: 'entrepreneurs',
		populationLabel: populationLabels[lang].entrepreneurs,
		tone: 'entrepreneurs',
		points,
		missing: [],
		breaks
	});
	return {
		id: 'expectations',
		title: words.title,
		years: [2016, 2017],
		series: [
			series(
				'co_design',
				words.coDesign,
				[
					point('co_design', words.coDesign, 2016, 70, { ciLow: 59.37, ciHigh: 78.84 }),
					point('co_design', words.coDesign, 2017, 59, {
						ciLow: 48.56,
						ciHigh: 68.69,
						change: change(2016, -11, -24.68, 3.38, 'not_significant', 0.1347)
					})
				],
				[]
			),
			series(
				'financial_support',
				words.financial,
				[
					point('financial_support', words.financial, 2016, 71, { ciLow: 60.42, ciHigh: 79.71 }),
					point('financial_support', words.financial, 2017, 48, {
						ciLow: 37.87,
						ciHigh: 58.3,
						change: {
							fromYear: 2016,
							delta: null,
							ciLow: null,
							ciHigh: null,
							pValue: null,
							verdict: 'not_comparable',
							note:
								lang === 'fr'
									? 'Le chiffre 2016 est une paraphrase de presse.'
									: 'The 2016 figure is a press paraphrase.'
						}
					})
				],
				[{ year: 2017, fromYear: 2016 }]
			)
		]
	};
}

/**
 * A synthetic trend of `answers` answers (`answer-1`…) for each of `populations`, 2016–2018, every
 * value different (for counting panels and lines, not for real figures); a population named
 * `public_18_24` is a subgroup.
 */
export function syntheticTrend(answers: number, populations: readonly string[]): TrendView {
	const series = populations.flatMap((population, p) =>
		Array.from({ length: answers }, (_, a): SeriesView => {
			const answer = `answer-${a + 1}`;
			const tone =
				population === 'entrepreneurs'
					? 'entrepreneurs'
					: population === 'public_18_24'
						? 'subgroup'
						: 'public';
			return {
				key: `${population}/question/${answer}`,
				answerId: answer,
				label: `Réponse ${a + 1}`,
				population,
				populationLabel: populationLabels.fr[population] ?? population,
				tone,
				points: [2016, 2017, 2018].map((year, y) =>
					estimate({
						year,
						value: 10 + a * 6 + p * 3 + y,
						ciLow: 5 + a * 6 + p * 3 + y,
						ciHigh: 15 + a * 6 + p * 3 + y,
						base: 500,
						population,
						answer,
						label: `Réponse ${a + 1}`,
						tone
					})
				),
				missing: [],
				breaks: []
			};
		})
	);
	return { id: 'synthetic', title: 'Question', years: [2016, 2017, 2018], series };
}
