/**
 * The words of the data page in French, loaded by that page alone (see messages.ts). Same
 * conventions as fr.ts.
 */
export const frData = {
	'data.description':
		'Toutes les estimations du baromètre dans un tableau (pourcentage, intervalle de confiance, effectif, évolution, note, source) et en CSV.',
	'data.lead':
		'Toutes les estimations publiées dans un seul tableau\u00a0: pourcentage, intervalle de confiance à 95\u00a0% (Wilson), effectif, évolution depuis la vague précédente et son verdict, remarques et source.',
	'data.download': 'Télécharger les données (CSV)',
	'data.downloadNote':
		'{rows}\u00a0lignes, une par estimation et une par évolution publiée sans son niveau (cellules du niveau vides)\u00a0; UTF-8, séparateur point-virgule pour Excel en français, nombres non arrondis avec une virgule décimale, intervalles et évolutions en points.',
	'data.readingTitle': 'Lire le tableau',
	'data.reading.1': "Année\u00a0: l'année du terrain, pas celle de l'édition.",
	'data.reading.2':
		"n\u00a0: aucun effectif par question n'est publié, l'effectif de la vague est supposé. «\u00a0n inconnu\u00a0»\u00a0: ni intervalle ni verdict.",
	'data.reading.3':
		'Évolution\u00a0: en points, depuis la vague précédente qui a publié le même chiffre, avec son verdict (test z et intervalle de Newcombe)\u00a0; aucune quand la formulation a changé entre les deux (rupture de série).',
	'data.reading.4': 'Les notes et les sources sont en anglais, comme dans les fichiers de données.',
	'data.methodologyBefore': 'Les calculs sont expliqués dans la ',
	'data.methodologyLink': 'méthodologie',
	'data.methodologyAfter': '.',
	'data.filtersLabel': 'Filtrer le tableau',
	'data.allPopulations': 'Toutes les populations',
	'data.allQuestions': 'Toutes les questions',
	'data.reset': 'Tout afficher',
	'data.shown': '{shown}\u00a0lignes affichées sur {total}.',
	'data.regionLabel': 'Tableau des estimations (défilement horizontal)',
	'data.caption': 'Estimations du baromètre, une ligne par année, population, question et réponse.',
	'data.defaultOrder': 'Ordre\u00a0: thème, question, réponse, population, année.',
	'data.ascending': 'croissant',
	'data.descending': 'décroissant',
	'data.sortedBy': 'Trié par {column}, ordre {direction}.',
	'data.sortHint': 'Les en-têtes à bouton trient le tableau.',
	'data.columns.n': 'n',
	'data.columns.flags': 'Indications',
	'data.assumed': '(supposé)',
	'data.firstWave': 'aucun chiffre antérieur',
	'data.notComparable': 'non comparable à {year}',
	'data.publishedChange': 'telle que publiée, non testée',
	'data.derived': 'dérivé (±\u00a01\u00a0pt)',
	'data.approximate': 'approximatif (publié en mots)',
	'data.smallBase': 'effectif faible'
} as const;
