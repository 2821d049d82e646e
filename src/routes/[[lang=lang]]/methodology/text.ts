/**
 * The methodology page's words, in French and English. Sentences that carry numbers are functions
 * of already formatted strings, so that the page formats every number with src/lib/i18n/format.ts.
 * French typography: U+00A0 before ":", ";", "%" and inside « ».
 */
import type { NoteReason } from '$lib/views/methodology/notedFigures';

/** Counts of the comparisons, already formatted. */
interface ComparisonWords {
	total: string;
	changes: string;
	gaps: string;
	/** Changes across a series break, left out of the count; null when there are none. */
	notComparable: string | null;
	significant: string;
	notSignificant: string;
	borderline: string;
	untestable: string;
	testable: string;
	expected: string;
}

const fr = {
	title: 'Méthodologie',
	description:
		"D'où viennent les chiffres du Baromètre de l'entrepreneuriat social, comment les marges d'incertitude et les verdicts sont calculés, quels chiffres se contredisent, et toutes les sources.",
	lead: "D'où viennent les chiffres, comment le tableau de bord calcule les marges d'incertitude et les verdicts, quels chiffres demandent de la prudence, et comment citer les sources.",
	contents: 'Sur cette page',
	/** What separates a label from its value. */
	colon: '\u00a0: ',
	/** Quotes a text in the page's language (guillemets in French). */
	quote: (quoted: string) => `«\u00a0${quoted}\u00a0»`,
	sections: {
		waves: "Les vagues d'enquête",
		formulas: 'Marges, tests et verdicts',
		comparisons: 'Comparaisons multiples',
		notes: 'Chiffres à lire avec prudence',
		leftOut: 'Le point de 2008, écarté',
		sources: 'Sources',
		cite: 'Citer ce tableau de bord',
		licence: 'Licence'
	},

	wavesIntro:
		"Chaque chiffre est un résultat publié des enquêtes OpinionWay pour Ashoka sur la perception de l'entrepreneuriat social en France, menées chaque année auprès de deux échantillons\u00a0: des entrepreneurs sociaux, et le grand public âgé de 18\u00a0ans et plus. Aucune donnée individuelle n'est disponible\u00a0: seulement les pourcentages que l'éditeur a choisi de publier.",
	fieldworkYears:
		"Les graphiques datent chaque chiffre de l'année du terrain, pas du nom de l'édition\u00a0: le «\u00a0Baromètre 2018\u00a0» a été réalisé en septembre et octobre 2017, il figure donc en 2017\u00a0; le «\u00a0Baromètre 2017\u00a0» en 2016, le «\u00a0Baromètre 2019\u00a0» en 2018. Les éditions 2012, 2015 et 2020 portent l'année de leur terrain.",
	statedMargins: (example: { n: string; low: string; high: string } | null) =>
		"L'éditeur imprime la même phrase sur les marges quel que soit l'effectif («\u00a04,4 à 10 points\u00a0» pour les entrepreneurs, «\u00a01,5 à 3 points\u00a0» pour le grand public)\u00a0: c'est le tableau générique des instituts de sondage (intervalle de Wald, z\u00a0≈\u00a02, à p\u00a0=\u00a05\u00a0% et 50\u00a0%) pour n\u00a0=\u00a0100 et n\u00a0≈\u00a0800 à 1\u00a0000. Le tableau de bord calcule donc les marges à partir de l'effectif de chaque vague, et ne les ramène jamais à cette fourchette" +
		(example
			? `\u00a0: pour n\u00a0=\u00a0${example.n}, l'intervalle de Wald donne ${example.low} à ${example.high}.`
			: '.'),
	yearHeading: (year: number) => `Terrain ${year}`,
	subgroupOf: (parent: string) => `sous-échantillon\u00a0: ${parent}`,
	edition: 'Édition',
	editionUnknown: 'non précisée',
	sampleSize: 'Effectif',
	n: (n: string) => `n\u00a0=\u00a0${n}`,
	nUnknown: 'n inconnu',
	effectiveN: (n: string, designEffect: string) =>
		`n effectif\u00a0=\u00a0${n} (effet de plan ${designEffect})`,
	composition: 'Composition',
	compositionUnknown: 'non publiée',
	fieldwork: 'Terrain',
	fieldworkUnknown: 'dates non publiées',
	method: 'Méthode',
	methodUnknown: 'non précisée',
	statedMargin: "Marge annoncée par l'éditeur",
	statedBy: '(OpinionWay, telle que publiée)',
	statedNone: 'aucune publiée',
	computedMargin: 'Marge calculée (95\u00a0%)',
	marginRange: (method: string, low: string, high: string) => `${method}\u00a0: ${low} à ${high}`,
	marginAt: 'de p\u00a0=\u00a05\u00a0% à p\u00a0=\u00a050\u00a0%',
	noMargin: 'non calculable (n inconnu)',
	source: 'Source',

	notation:
		'Notation\u00a0: x = nombre de personnes ayant donné la réponse, n = effectif (la base), p̂ = x/n\u00a0; «\u00a0points\u00a0» = 100 × une proportion\u00a0; z = 1,959963984540054 pour un niveau de confiance de 95\u00a0%.',
	wilsonTitle: "Intervalle d'un pourcentage\u00a0: score de Wilson",
	wilsonWords:
		"La bande autour de chaque pourcentage est l'intervalle de score de Wilson à 95\u00a0%. Il reste entre 0 et 100\u00a0%, n'est pas de largeur nulle à 0\u00a0% ou 100\u00a0%, et, au milieu de l'échelle, rejoint la marge des instituts (n\u00a0=\u00a088, p\u00a0=\u00a050\u00a0%\u00a0: ±\u00a010,2 contre ±\u00a010,45 pour Wald). Il est asymétrique\u00a0: le tableau de bord trace ses deux bornes\u00a0; là où un seul «\u00a0±\u00a0x\u00a0pts\u00a0» est utile, c'est la demi-largeur (haut − bas)/2.",
	wilsonFormulas: [
		'centre = (p̂ + z²/2n) / (1 + z²/n)',
		'demi-largeur = z · √( p̂(1 − p̂)/n + z²/4n² ) / (1 + z²/n)',
		'intervalle = [ centre − demi-largeur ; centre + demi-largeur ]'
	],
	waldTitle: 'Intervalle de Wald, la convention des instituts',
	waldWords:
		"Donné pour comparaison avec les marges publiées\u00a0: symétrique et borné à [0\u00a0; 100\u00a0%], il s'écrase à une largeur nulle à 0\u00a0% et 100\u00a0% et il est trop étroit près des extrêmes.",
	waldFormulas: ['intervalle = p̂ ± z · √( p̂(1 − p̂)/n )'],
	testTitle: 'Évolution ou écart\u00a0: test z de deux proportions',
	testWords:
		'Une évolution entre deux vagues, ou un écart entre entrepreneurs et grand public la même année, compare deux échantillons indépendants. Le test z à variance commune (poolée) est bilatéral, au seuil α\u00a0=\u00a00,05.',
	testFormulas: [
		'p̄ = (x₁ + x₂) / (n₁ + n₂)',
		'SE₀ = √( p̄(1 − p̄) · (1/n₁ + 1/n₂) )',
		'z = (p̂₁ − p̂₂) / SE₀',
		'p = erfc( |z| / √2 )'
	],
	newcombeTitle: "Intervalle d'une différence\u00a0: score hybride de Newcombe",
	newcombeWords:
		"L'intervalle de la différence d = p̂₁ − p̂₂ combine les bornes de Wilson de chaque côté, (l₁, u₁) et (l₂, u₂)\u00a0: c'est la méthode 10 de Newcombe, sans correction de continuité.",
	newcombeFormulas: [
		'bas = d − √( (p̂₁ − l₁)² + (u₂ − p̂₂)² )',
		'haut = d + √( (u₁ − p̂₁)² + (p̂₂ − l₂)² )'
	],
	overlap:
		"Une évolution ne se juge jamais au chevauchement de deux bandes\u00a0: 94\u00a0% et 83\u00a0% de 88\u00a0personnes ont des bandes de Wilson qui se chevauchent, et pourtant p\u00a0=\u00a00,022 et l'intervalle de Newcombe de l'écart est [+1,5\u00a0; +20,8]\u00a0points.",
	verdictsTitle: 'Verdicts',
	verdicts: [
		[
			'Significatif',
			"le test rejette «\u00a0pas de différence\u00a0» (p\u00a0<\u00a00,05) et l'intervalle de Newcombe exclut 0."
		],
		['Non significatif', "le test ne rejette pas et l'intervalle contient 0."],
		[
			'À la limite',
			"le test et l'intervalle ne sont pas d'accord (cas rare\u00a0: environ 0,25\u00a0% des paires de comptes à 88 contre 88)\u00a0; le tableau de bord le dit, sans choisir l'un des deux en silence."
		],
		[
			'Non testable',
			"un effectif est inconnu («\u00a0n inconnu\u00a0»\u00a0: ni marge ni test), un effectif est inférieur à 20 (le chiffre est montré, sans verdict), ou les deux pourcentages valent 0\u00a0% ou tous deux 100\u00a0% («\u00a0pas d'évolution, non testable\u00a0»)."
		]
	] as [string, string][],
	smallBases: 'Les effectifs inférieurs à 30 sont signalés «\u00a0effectif faible\u00a0».',
	countsTitle: 'Effectif, pondération, comptes',
	counts: [
		"Effectif utilisé\u00a0: n = base / effet de plan. Aucune pondération n'est publiée\u00a0: l'effet de plan vaut 1 pour chaque vague. Avec des données individuelles pondérées par w, n serait l'effectif efficace de Kish, et l'effet de plan n / n_eff\u00a0:",
		"Base\u00a0: aucun effectif par question n'est publié\u00a0; l'effectif de la vague est supposé pour chaque question («\u00a0supposé\u00a0» dans le tableau des données). Un sous-groupe, comme les 18–24\u00a0ans, n'emprunte jamais l'effectif de l'échantillon entier\u00a0: le sien n'est pas publié, il reste «\u00a0n inconnu\u00a0».",
		'Comptes\u00a0: là où un compte est nécessaire, x = p · n, non arrondi (les pourcentages publiés sont eux-mêmes arrondis\u00a0; une personne sur 88 vaut 1,14\u00a0point).',
		'Valeur critique\u00a0: z = 1,959963984540054 (95\u00a0%), écrite comme une constante. Pas de correction pour population finie.'
	],
	kishFormula: 'n_eff = (Σw)² / Σw²',
	quotaTitle: 'Note sur les échantillons par quotas',
	quota:
		"Un échantillon par quotas n'est pas un échantillon aléatoire. Comme l'éditeur, le tableau de bord calcule les marges par référence à un échantillon aléatoire simple de même taille\u00a0: elles donnent l'ordre de grandeur de l'incertitude due à l'échantillonnage, pas une garantie.",

	comparisons: (c: ComparisonWords) => [
		`Le tableau de bord fait ${c.total}\u00a0comparaisons\u00a0: ${c.changes}\u00a0évolutions entre deux vagues d'une population et ${c.gaps}\u00a0écarts entre entrepreneurs et grand public la même année. ${c.significant} sont signalées significatives, ${c.notSignificant} non significatives, ${c.borderline} à la limite et ${c.untestable} non testables.${c.notComparable === null ? '' : ` ${c.notComparable}\u00a0évolutions par-dessus une rupture de série (formulation changée) ne sont pas calculées, ni donc comptées.`}`,
		`Comme les instituts, il n'applique aucune correction pour comparaisons multiples. Or, au seuil de 5\u00a0%, environ 5 «\u00a0significatifs\u00a0» sur 100 sont attendus par le seul hasard là où aucune différence n'est réelle\u00a0: sur les ${c.testable}\u00a0comparaisons testables, environ ${c.expected} pourraient être signalées à tort. Un verdict isolé, surtout avec p proche de 0,05, se lit avec prudence.`
	],

	notesIntro:
		"Chaque chiffre ci-dessous porte une note dans les données\u00a0: sources en conflit ou ambiguës, niveaux recalculés à partir d'une évolution, chiffres publiés en mots. Les notes sont rédigées en anglais, comme dans les fichiers de données.",
	noteGroups: {
		break:
			'Ruptures de série\u00a0: pas comparables à la vague précédente, aucune évolution calculée',
		conflict: 'Sources en conflit, ambiguës ou incertaines',
		derived: "Niveaux calculés à partir d'une évolution publiée (±\u00a01 à 2\u00a0pts d'arrondi)",
		approximate: 'Chiffres publiés en mots (valeur nominale)',
		change_only: 'Évolutions publiées sans niveau',
		other: 'Autres remarques'
	} satisfies Record<NoteReason, string>,
	levelNotPublished: 'niveau non publié',
	publishedChange: (points: string, year: number | null) =>
		year === null
			? `évolution publiée\u00a0: ${points}`
			: `évolution publiée\u00a0: ${points} depuis ${year}`,
	figureCount: (count: string) => `${count}\u00a0chiffres`,

	leftOut: [
		"Un chiffre de 2008 — 15\u00a0% du grand public auraient entendu parler de l'«\u00a0entrepreneuriat social\u00a0» — est cité dans la presse sur le Baromètre 2017. Il précède la série OpinionWay, qui commence en 2012, et son origine est incertaine\u00a0: il n'est repris ni dans les données ni dans les graphiques.",
		"Il reste dans la liste des chiffres publiés conservée avec les données (sources/published_figures.csv). Sont aussi écartés les chiffres d'autres enquêtes cités dans les mêmes publications (CSA/Avise, INSEE, Harris Interactive…)."
	],

	sourcesIntro:
		'Chaque chiffre garde sa source telle quelle, visible dans le tableau des données. Les adresses web sont des liens\u00a0; les renvois au rapport («\u00a0barometre-2018-tech-for-good.txt lines 90-92\u00a0») désignent des lignes du texte du rapport 2018, conservé avec les données.',
	reportTitle: 'Le rapport 2018',
	report:
		"Baromètre de l'entrepreneuriat social 2018 – Tech for Good, OpinionWay pour Ashoka, publié avec Convergences (terrain de septembre et octobre 2017). Son texte est conservé avec les données, cité ligne par ligne.",
	reportCitationIntro: 'Le rapport cite ainsi ses propres chiffres\u00a0:',
	reportCitation:
		"Source\u00a0: Enquête OpinionWay pour Ashoka sur la perception de l'entrepreneuriat social en France, 2017.",
	reportCitationWhere: 'barometre-2018-tech-for-good.txt, lignes 2504-2506',
	documentsTitle: 'Documents cités par leur nom',
	webTitle: (count: string) => `Pages web citées (${count})`,
	otherTitle: 'Autres références (texte seul)',
	citedBy: (count: number, formatted: string) =>
		count === 1 ? '1\u00a0ligne de données' : `${formatted}\u00a0lignes de données`,

	citeIntro: 'Citation suggérée\u00a0:',
	citation: (site: string, path: string) =>
		`${site}, tableau de bord des enquêtes OpinionWay pour Ashoka, 2026. ${path}`,
	citeAlso:
		"Pour reprendre un chiffre, citez aussi l'enquête et sa source d'origine, données avec chaque chiffre dans le tableau des données.",

	licence: [
		'Cette compilation (sélection, codage, notes et documentation) est proposée sous licence ',
		'Creative Commons Attribution 4.0 International (CC BY 4.0)',
		'. Les chiffres sont des résultats publiés des enquêtes OpinionWay pour Ashoka et Convergences, cités avec leurs sources\u00a0: les droits sur les enquêtes restent à leurs titulaires.'
	] as [string, string, string]
};

/** The page's words in one language. */
export type MethodologyText = typeof fr;

const en: MethodologyText = {
	title: 'Methodology',
	description:
		'Where the figures of the Social Entrepreneurship Barometer come from, how the margins of uncertainty and the verdicts are computed, which figures conflict, and every source.',
	lead: 'Where the figures come from, how the dashboard computes margins of uncertainty and verdicts, which figures call for caution, and how to cite the sources.',
	contents: 'On this page',
	colon: ': ',
	quote: (quoted: string) => `“${quoted}”`,
	sections: {
		waves: 'Survey waves',
		formulas: 'Margins, tests and verdicts',
		comparisons: 'Multiple comparisons',
		notes: 'Figures to read with caution',
		leftOut: 'The 2008 point, left out',
		sources: 'Sources',
		cite: 'Citing this dashboard',
		licence: 'Licence'
	},

	wavesIntro:
		'Every figure is a published result of the OpinionWay surveys for Ashoka on the perception of social entrepreneurship in France, run each year with two samples: social entrepreneurs, and the general public aged 18 and over. No respondent-level data is available: only the percentages the publisher chose to publish.',
	fieldworkYears:
		'Charts date each figure by its fieldwork year, not by the name of the edition: the "Baromètre 2018" was carried out in September and October 2017, so it is shown in 2017; the "Baromètre 2017" in 2016, the "Baromètre 2019" in 2018. The 2012, 2015 and 2020 editions carry their fieldwork year.',
	statedMargins: (example: { n: string; low: string; high: string } | null) =>
		'The publisher prints the same margin sentence whatever the sample size ("4,4 à 10 points" for the entrepreneurs, "1,5 à 3 points" for the public): it is the polling industry\'s generic table (Wald interval, z ≈ 2, at p = 5% and 50%) for n = 100 and n ≈ 800 to 1,000. The dashboard therefore computes each margin from the wave\'s own sample size, and never clamps it to that range' +
		(example
			? `: for n = ${example.n}, the Wald interval gives ${example.low} to ${example.high}.`
			: '.'),
	yearHeading: (year: number) => `Fieldwork ${year}`,
	subgroupOf: (parent: string) => `subsample of: ${parent}`,
	edition: 'Edition',
	editionUnknown: 'not stated',
	sampleSize: 'Sample size',
	n: (n: string) => `n = ${n}`,
	nUnknown: 'n unknown',
	effectiveN: (n: string, designEffect: string) =>
		`effective n = ${n} (design effect ${designEffect})`,
	composition: 'Make-up',
	compositionUnknown: 'not published',
	fieldwork: 'Fieldwork',
	fieldworkUnknown: 'dates not published',
	method: 'Method',
	methodUnknown: 'not stated',
	statedMargin: "Publisher's stated margin",
	statedBy: '(OpinionWay, as published, in French)',
	statedNone: 'none published',
	computedMargin: 'Computed margin (95%)',
	marginRange: (method: string, low: string, high: string) => `${method}: ${low} to ${high}`,
	marginAt: 'from p = 5% to p = 50%',
	noMargin: 'cannot be computed (n unknown)',
	source: 'Source',

	notation:
		'Notation: x = number of respondents giving the answer, n = the base (sample size), p̂ = x/n; "points" = 100 × a proportion; z = 1.959963984540054 for 95% confidence.',
	wilsonTitle: 'Interval of a percentage: Wilson score',
	wilsonWords:
		'The band around each percentage is the 95% Wilson score interval. It stays between 0 and 100%, is not zero-width at 0% or 100%, and in mid-range matches the pollsters\' margin (n = 88, p = 50%: ± 10.2 against ± 10.45 for Wald). It is asymmetric: the dashboard draws both limits; where a single "± x pts" is wanted, it is the half-width (high − low)/2.',
	wilsonFormulas: [
		'centre = (p̂ + z²/2n) / (1 + z²/n)',
		'half-width = z · √( p̂(1 − p̂)/n + z²/4n² ) / (1 + z²/n)',
		'interval = [ centre − half-width ; centre + half-width ]'
	],
	waldTitle: "Wald interval, the pollsters' convention",
	waldWords:
		'Given for comparison with the published margins: symmetric and clipped to [0, 100%], it collapses to zero width at 0% and 100% and is too narrow near the ends.',
	waldFormulas: ['interval = p̂ ± z · √( p̂(1 − p̂)/n )'],
	testTitle: 'Change or gap: two-proportion z-test',
	testWords:
		'A change between two waves, or a gap between entrepreneurs and the public in the same year, compares two independent samples. The pooled two-proportion z-test is two-sided, at α = 0.05.',
	testFormulas: [
		'p̄ = (x₁ + x₂) / (n₁ + n₂)',
		'SE₀ = √( p̄(1 − p̄) · (1/n₁ + 1/n₂) )',
		'z = (p̂₁ − p̂₂) / SE₀',
		'p = erfc( |z| / √2 )'
	],
	newcombeTitle: 'Interval of a difference: Newcombe hybrid score',
	newcombeWords:
		"The interval of the difference d = p̂₁ − p̂₂ combines each side's Wilson limits, (l₁, u₁) and (l₂, u₂): Newcombe's method 10, without continuity correction.",
	newcombeFormulas: [
		'low = d − √( (p̂₁ − l₁)² + (u₂ − p̂₂)² )',
		'high = d + √( (u₁ − p̂₁)² + (p̂₂ − l₂)² )'
	],
	overlap:
		'A change is never judged by whether two bands overlap: 94% and 83% of 88 respondents have overlapping Wilson bands, yet p = 0.022 and the Newcombe interval of the gap is [+1.5, +20.8] points.',
	verdictsTitle: 'Verdicts',
	verdicts: [
		[
			'Significant',
			'the test rejects "no difference" (p < 0.05) and the Newcombe interval excludes 0.'
		],
		['Not significant', 'the test does not reject and the interval includes 0.'],
		[
			'Borderline',
			'the test and the interval disagree (rare: about 0.25% of count pairs at 88 vs 88); the dashboard says so rather than silently picking one.'
		],
		[
			'Untestable',
			'a sample size is unknown ("n unknown": no margin, no test), a base is under 20 (the figure is shown, with no verdict), or both percentages are 0% or both 100% ("no change, not testable").'
		]
	],
	smallBases: 'Bases under 30 are flagged "small base".',
	countsTitle: 'Sample size, weights, counts',
	counts: [
		"n used: n = base / design effect. No weights are published, so each wave's design effect is 1. With respondent-level data weighted by w, n would be Kish's effective n, and the design effect n / n_eff:",
		'Base: no base per question is published; the wave\'s sample size is assumed for every question ("assumed" in the data table). A subgroup such as the 18–24 year olds never borrows the whole sample\'s size: its own is not published, so it stays "n unknown".',
		'Counts: where a count is needed, x = p · n, unrounded (the published percentages are themselves rounded; one respondent out of 88 is 1.14 points).',
		'Critical value: z = 1.959963984540054 (95%), written as a constant. No finite population correction.'
	],
	kishFormula: 'n_eff = (Σw)² / Σw²',
	quotaTitle: 'A note on quota samples',
	quota:
		'A quota sample is not a random sample. Like the publisher, the dashboard computes margins by reference to a simple random sample of the same size: they give the order of magnitude of the sampling uncertainty, not a guarantee.',

	comparisons: (c: ComparisonWords) => [
		`The dashboard makes ${c.total} comparisons: ${c.changes} changes between two waves of a population and ${c.gaps} gaps between entrepreneurs and the public in the same year. ${c.significant} are flagged significant, ${c.notSignificant} not significant, ${c.borderline} borderline and ${c.untestable} untestable.${c.notComparable === null ? '' : ` ${c.notComparable} changes across a series break (wording changed) are not computed, so not counted.`}`,
		`Like pollsters, it applies no correction for multiple comparisons. Yet at the 5% level, about 5 "significant" flags in 100 are expected by chance alone where no difference is real: of the ${c.testable} testable comparisons, about ${c.expected} could be flagged wrongly. Read a lone verdict, especially one with p close to 0.05, with caution.`
	],

	notesIntro:
		'Each figure below carries a note in the data: conflicting or ambiguous sources, levels computed from a published change, figures published in words. The notes are written in English, as in the data files.',
	noteGroups: {
		break: 'Series breaks: not comparable with the previous wave, no change computed',
		conflict: 'Conflicting, ambiguous or uncertain sources',
		derived: 'Levels computed from a published change (± 1 to 2 pts of rounding)',
		approximate: 'Figures published in words (nominal value)',
		change_only: 'Changes published without a level',
		other: 'Other remarks'
	},
	levelNotPublished: 'level not published',
	publishedChange: (points: string, year: number | null) =>
		year === null ? `published change: ${points}` : `published change: ${points} since ${year}`,
	figureCount: (count: string) => `${count} figures`,

	leftOut: [
		'A 2008 figure — 15% of the public had heard of "entrepreneuriat social" (social entrepreneurship) — is quoted in press coverage of the Baromètre 2017. It predates the OpinionWay series, which starts in 2012, and its origin is unclear: it is in neither the data nor the charts.',
		'It remains in the list of published figures kept with the data (sources/published_figures.csv). Figures from other surveys quoted in the same publications (CSA/Avise, INSEE, Harris Interactive…) are left out too.'
	],

	sourcesIntro:
		'Every figure keeps its source verbatim, shown in the data table. Web addresses are links; references to the report ("barometre-2018-tech-for-good.txt lines 90-92") point to lines of the text of the 2018 report, kept with the data.',
	reportTitle: 'The 2018 report',
	report:
		"Baromètre de l'entrepreneuriat social 2018 – Tech for Good, OpinionWay for Ashoka, published with Convergences (fieldwork September and October 2017). Its text is kept with the data and cited line by line.",
	reportCitationIntro: 'The report cites its own figures as:',
	reportCitation:
		"Source\u00a0: Enquête OpinionWay pour Ashoka sur la perception de l'entrepreneuriat social en France, 2017.",
	reportCitationWhere: 'barometre-2018-tech-for-good.txt, lines 2504-2506',
	documentsTitle: 'Documents cited by name',
	webTitle: (count: string) => `Web pages cited (${count})`,
	otherTitle: 'Other references (text only)',
	citedBy: (count: number, formatted: string) =>
		count === 1 ? '1 data row' : `${formatted} data rows`,

	citeIntro: 'Suggested citation:',
	citation: (site: string, path: string) =>
		`${site}, a dashboard of the OpinionWay surveys for Ashoka, 2026. ${path}`,
	citeAlso:
		'When you reuse a figure, cite the survey and its original source too, given with each figure in the data table.',

	licence: [
		'This compilation (selection, coding, notes and documentation) is offered under the ',
		'Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
		'. The figures are published results of the OpinionWay surveys for Ashoka and Convergences, quoted with their sources: the rights in the surveys remain with their owners.'
	]
};

/** The page's words, by language. */
export const text = { fr, en } as const;
