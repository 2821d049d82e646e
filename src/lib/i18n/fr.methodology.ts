/**
 * The words of the methodology page in French, loaded by that page alone (see messages.ts). Same
 * conventions as fr.ts.
 */
export const frMethodology = {
	'methodology.description':
		"D'où viennent les chiffres, comment les marges d'incertitude et les verdicts sont calculés, quels chiffres se contredisent, et toutes les sources.",
	'methodology.lead':
		"D'où viennent les chiffres, comment le tableau de bord calcule les marges d'incertitude et les verdicts, quels chiffres demandent de la prudence, et comment citer les sources.",
	'methodology.contents': 'Sur cette page',
	'methodology.sections.waves': "Les vagues d'enquête",
	'methodology.sections.formulas': 'Marges, tests et verdicts',
	'methodology.sections.comparisons': 'Comparaisons multiples',
	'methodology.sections.notes': 'Chiffres à lire avec prudence',
	'methodology.sections.sources': 'Sources',
	'methodology.sections.cite': 'Citer ce tableau de bord',
	'methodology.sections.licence': 'Licence',
	'methodology.statedMargins':
		"Le tableau de bord calcule chaque marge à partir de l'effectif de la vague, et ne la ramène jamais à la marge annoncée par l'éditeur.",
	'methodology.statedMarginsExample':
		"Le tableau de bord calcule chaque marge à partir de l'effectif de la vague, et ne la ramène jamais à la marge annoncée par l'éditeur\u00a0: pour n\u00a0=\u00a0{n}, l'intervalle de Wald donne {low} à {high}.",
	'methodology.yearHeading': 'Terrain {year}',
	'methodology.subgroupOf': 'sous-échantillon\u00a0: {parent}',
	'methodology.edition': 'Édition',
	'methodology.editionUnknown': 'non précisée',
	'methodology.effectiveN': 'n effectif\u00a0=\u00a0{n} (effet de plan {designEffect})',
	'methodology.composition': 'Composition',
	'methodology.compositionUnknown': 'non publiée',
	'methodology.fieldwork': 'Terrain',
	'methodology.fieldworkUnknown': 'dates non publiées',
	'methodology.method': 'Méthode',
	'methodology.statedMargin': "Marge annoncée par l'éditeur",
	'methodology.statedBy': '(telle que publiée)',
	'methodology.statedNone': 'aucune publiée',
	'methodology.computedMargin': 'Marge calculée (95\u00a0%)',
	'methodology.marginRange': '{method}\u00a0: {low} à {high}',
	'methodology.marginAt': 'de p\u00a0=\u00a05\u00a0% à p\u00a0=\u00a050\u00a0%',
	'methodology.noMargin': 'non calculable (n inconnu)',
	'methodology.notation':
		'Notation\u00a0: x = nombre de personnes ayant donné la réponse, n = effectif (la base), p̂ = x/n\u00a0; «\u00a0points\u00a0» = 100 × une proportion\u00a0; z = {z} pour un niveau de confiance de 95\u00a0%.',
	'methodology.wilsonTitle': "Intervalle d'un pourcentage\u00a0: score de Wilson",
	'methodology.wilsonWords':
		"La bande autour de chaque pourcentage est l'intervalle de score de Wilson à 95\u00a0%. Il reste entre 0 et 100\u00a0%, n'est pas de largeur nulle à 0\u00a0% ou 100\u00a0%, et, au milieu de l'échelle, rejoint la marge des instituts (n\u00a0=\u00a088, p\u00a0=\u00a050\u00a0%\u00a0: ±\u00a010,2 contre ±\u00a010,45 pour Wald). Il est asymétrique\u00a0: le tableau de bord trace ses deux bornes\u00a0; là où un seul «\u00a0±\u00a0x\u00a0pts\u00a0» est utile, c'est la demi-largeur (haut − bas)/2.",
	'methodology.wilsonFormulas.1': 'centre = (p̂ + z²/2n) / (1 + z²/n)',
	'methodology.wilsonFormulas.2': 'demi-largeur = z · √( p̂(1 − p̂)/n + z²/4n² ) / (1 + z²/n)',
	'methodology.wilsonFormulas.3': 'intervalle = [ centre − demi-largeur ; centre + demi-largeur ]',
	'methodology.waldTitle': 'Intervalle de Wald, la convention des instituts',
	'methodology.waldWords':
		"Donné pour comparaison avec les marges publiées\u00a0: symétrique et borné à [0\u00a0; 100\u00a0%], il s'écrase à une largeur nulle à 0\u00a0% et 100\u00a0% et il est trop étroit près des extrêmes.",
	'methodology.waldFormulas.1': 'intervalle = p̂ ± z · √( p̂(1 − p̂)/n )',
	'methodology.testTitle': 'Évolution ou écart\u00a0: test z de deux proportions',
	'methodology.testWords':
		'Une évolution entre deux vagues, ou un écart entre deux populations la même année, compare deux échantillons indépendants. Le test z à variance commune (poolée) est bilatéral, au seuil α\u00a0=\u00a00,05.',
	'methodology.testFormulas.1': 'p̄ = (x₁ + x₂) / (n₁ + n₂)',
	'methodology.testFormulas.2': 'SE₀ = √( p̄(1 − p̄) · (1/n₁ + 1/n₂) )',
	'methodology.testFormulas.3': 'z = (p̂₁ − p̂₂) / SE₀',
	'methodology.testFormulas.4': 'p = erfc( |z| / √2 )',
	'methodology.newcombeTitle': "Intervalle d'une différence\u00a0: score hybride de Newcombe",
	'methodology.newcombeWords':
		"L'intervalle de la différence d = p̂₁ − p̂₂ combine les bornes de Wilson de chaque côté, (l₁, u₁) et (l₂, u₂)\u00a0: c'est la méthode 10 de Newcombe, sans correction de continuité.",
	'methodology.newcombeFormulas.1': 'bas = d − √( (p̂₁ − l₁)² + (u₂ − p̂₂)² )',
	'methodology.newcombeFormulas.2': 'haut = d + √( (u₁ − p̂₁)² + (p̂₂ − l₂)² )',
	'methodology.overlap':
		"Une évolution ne se juge jamais au chevauchement de deux bandes\u00a0: 94\u00a0% et 83\u00a0% de 88\u00a0personnes ont des bandes de Wilson qui se chevauchent, et pourtant p\u00a0=\u00a00,022 et l'intervalle de Newcombe de l'écart est [+1,5\u00a0; +20,8]\u00a0points.",
	'methodology.verdictsTitle': 'Verdicts',
	'methodology.verdictRule.significant':
		"le test rejette «\u00a0pas de différence\u00a0» (p\u00a0<\u00a00,05) et l'intervalle de Newcombe exclut 0.",
	'methodology.verdictRule.notSignificant': "le test ne rejette pas et l'intervalle contient 0.",
	'methodology.verdictRule.borderline':
		"le test et l'intervalle ne sont pas d'accord (cas rare\u00a0: environ 0,25\u00a0% des paires de comptes à 88 contre 88)\u00a0; le tableau de bord le dit, sans choisir l'un des deux en silence.",
	'methodology.verdictRule.untestable':
		"un effectif est inconnu («\u00a0n inconnu\u00a0»\u00a0: ni marge ni test), un effectif est inférieur à {minBase} (le chiffre est montré, sans verdict), ou les deux pourcentages valent 0\u00a0% ou tous deux 100\u00a0% («\u00a0pas d'évolution, non testable\u00a0»).",
	'methodology.smallBases':
		'Les effectifs inférieurs à {smallBase} sont signalés «\u00a0effectif faible\u00a0».',
	'methodology.countsTitle': 'Effectif, pondération, comptes',
	'methodology.counts.1':
		"Effectif utilisé\u00a0: n = base / effet de plan. Aucune pondération n'est publiée\u00a0: l'effet de plan vaut 1 pour chaque vague. Avec des données individuelles pondérées par w, n serait l'effectif efficace de Kish, et l'effet de plan n / n_eff\u00a0:",
	'methodology.counts.2':
		"Base\u00a0: aucun effectif par question n'est publié\u00a0; l'effectif de la vague est supposé pour chaque question («\u00a0supposé\u00a0» dans le tableau des données). Un sous-groupe n'emprunte jamais l'effectif de l'échantillon entier\u00a0: le sien n'est pas publié, il reste «\u00a0n inconnu\u00a0».",
	'methodology.counts.3':
		'Comptes\u00a0: là où un compte est nécessaire, x = p · n, non arrondi (les pourcentages publiés sont eux-mêmes arrondis\u00a0; une personne sur 88 vaut 1,14\u00a0point).',
	'methodology.counts.4':
		'Valeur critique\u00a0: z = {z} (95\u00a0%), écrite comme une constante. Pas de correction pour population finie.',
	'methodology.kishFormula': 'n_eff = (Σw)² / Σw²',
	'methodology.quotaTitle': 'Note sur les échantillons par quotas',
	'methodology.quota':
		"Un échantillon par quotas n'est pas un échantillon aléatoire. Comme l'éditeur, le tableau de bord calcule les marges par référence à un échantillon aléatoire simple de même taille\u00a0: elles donnent l'ordre de grandeur de l'incertitude due à l'échantillonnage, pas une garantie.",
	'methodology.comparisons.1':
		"Le tableau de bord fait {total}\u00a0comparaisons\u00a0: {changes}\u00a0évolutions entre deux vagues d'une population et {gaps}\u00a0écarts entre deux populations la même année. {significant} sont signalées significatives, {notSignificant} non significatives, {borderline} à la limite et {untestable} non testables.",
	'methodology.comparisons.2':
		"Comme les instituts, il n'applique aucune correction pour comparaisons multiples. Or, au seuil de 5\u00a0%, environ 5 «\u00a0significatifs\u00a0» sur 100 sont attendus par le seul hasard là où aucune différence n'est réelle\u00a0: sur les {testable}\u00a0comparaisons testables, environ {expected} pourraient être signalées à tort. Un verdict isolé, surtout avec p proche de 0,05, se lit avec prudence.",
	'methodology.comparisons.notComparable':
		'{count}\u00a0évolutions par-dessus une rupture de série (formulation changée) ne sont pas calculées, ni donc comptées.',
	'methodology.notesIntro':
		"Chaque chiffre ci-dessous porte une note dans les données\u00a0: sources en conflit ou ambiguës, niveaux recalculés à partir d'une évolution, chiffres publiés en mots. Les notes sont rédigées en anglais, comme dans les fichiers de données.",
	'methodology.noteGroups.break':
		'Ruptures de série\u00a0: pas comparables à la vague précédente, aucune évolution calculée',
	'methodology.noteGroups.conflict': 'Sources en conflit, ambiguës ou incertaines',
	'methodology.noteGroups.derived':
		"Niveaux calculés à partir d'une évolution publiée (±\u00a01 à 2\u00a0pts d'arrondi)",
	'methodology.noteGroups.approximate': 'Chiffres publiés en mots (valeur nominale)',
	'methodology.noteGroups.change_only': 'Évolutions publiées sans niveau',
	'methodology.noteGroups.other': 'Autres remarques',
	'methodology.levelNotPublished': 'niveau non publié',
	'methodology.publishedChange': 'évolution publiée\u00a0: {points}',
	'methodology.publishedChangeSince': 'évolution publiée\u00a0: {points} depuis {year}',
	'methodology.figureCount': '{count}\u00a0chiffres',
	'methodology.sourcesIntro':
		'Chaque chiffre garde sa source telle quelle, visible dans le tableau des données. Les adresses web sont des liens.',
	'methodology.documentsTitle': 'Documents cités par leur nom',
	'methodology.webTitle': 'Pages web citées ({count})',
	'methodology.otherTitle': 'Autres références (texte seul)',
	'methodology.citedByOne': '1\u00a0ligne de données',
	'methodology.citedBy': '{count}\u00a0lignes de données',
	'methodology.citeIntro': 'Citation suggérée\u00a0:',
	'methodology.citation': '{citeAs} {path}',
	'methodology.citeAlso':
		"Pour reprendre un chiffre, citez aussi l'enquête et sa source d'origine, données avec chaque chiffre dans le tableau des données."
} as const;
