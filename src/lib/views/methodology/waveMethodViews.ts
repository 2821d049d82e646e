import type { Wave } from '../../data/types';
import type { Lang } from '../../i18n/lang';
import { t, type MessageKey } from '../../i18n/messages';
import type { Catalog } from '../catalog';
import { formatFieldworkPeriod } from './fieldworkDates';
import { marginHalfWidths, type MarginHalfWidths } from './marginHalfWidths';
import { sourceParts, type SourcePart } from '../sourceLinks';
import type { Tone } from '../types';

/** One category of a sample's make-up, e.g. women 37 %. */
export interface CompositionShare {
	category: string;
	label: string;
	pct: number;
}

/** A sample's make-up on one variable, e.g. its sex split. */
export interface CompositionView {
	variable: string;
	label: string;
	shares: CompositionShare[];
}

/** What the methodology page says about one wave. */
export interface WaveMethodView {
	/** `year/population`, unique. */
	key: string;
	/** Fieldwork year. */
	year: number;
	population: string;
	populationLabel: string;
	/** The population's colour (catalog.tone). */
	tone: Tone;
	/** The population a subgroup is drawn from, in words; null for a whole sample. */
	parentLabel: string | null;
	/** The publication's name ("Baromètre 2018"); null when unknown. */
	edition: string | null;
	/** Respondents; null when the source does not give it ("n unknown"). */
	sampleSize: number | null;
	designEffect: number;
	/** sampleSize / designEffect, the n of every formula; null when unknown. */
	effectiveN: number | null;
	composition: CompositionView[];
	/** The fieldwork dates in the page's language, as precise as the source; null when unknown. */
	fieldwork: string | null;
	/** Mode and sampling, as the data gives it (in English). */
	method: string | null;
	/** The publisher's sentence about margins, quoted as is; never used to compute. */
	statedMargin: string | null;
	/** 95 % half-widths computed from effectiveN; null when n is unknown. */
	margins: MarginHalfWidths | null;
	source: SourcePart[];
}

/** The keys of the composition's variables and categories the site names; others show as they are. */
const compositionKeys: Partial<Record<string, MessageKey>> = {
	sex: 'composition.sex',
	age: 'composition.age',
	women: 'composition.women',
	men: 'composition.men'
};

function compositionName(lang: Lang, id: string): string {
	const nameKey = compositionKeys[id];
	return nameKey === undefined ? id : t(lang, nameKey);
}

/**
 * Every wave, by fieldwork year then population (in populations.csv's order), with
 * its edition, sample, make-up, fieldwork dates, method, the publisher's margin sentence and the
 * margins computed from its own n.
 *
 * @example
 * waveMethodViews(catalog).find((w) => w.key === '2017/entrepreneurs')
 * // { edition: 'Baromètre 2018', sampleSize: 88, fieldwork: '13 septembre – 15 octobre 2017',
 * //   statedMargin: '4,4 à 10 points', margins: { waldAt5: 4.55…, waldAt50: 10.45…, … }, … }
 */
export function waveMethodViews(catalog: Catalog): WaveMethodView[] {
	const { dataset, lang } = catalog;
	const order = dataset.populations.map((population) => population.id);
	const rank = (population: string) => order.indexOf(population);
	return [...dataset.waves]
		.sort((a, b) => a.year - b.year || rank(a.population) - rank(b.population))
		.map((wave) => {
			const effectiveN = wave.sampleSize === null ? null : wave.sampleSize / wave.designEffect;
			return {
				key: `${wave.year}/${wave.population}`,
				year: wave.year,
				population: wave.population,
				populationLabel: catalog.populationLabel(wave.population),
				tone: catalog.tone(wave.population),
				parentLabel: wave.parent === null ? null : catalog.populationLabel(wave.parent),
				edition: wave.edition,
				sampleSize: wave.sampleSize,
				designEffect: wave.designEffect,
				effectiveN,
				composition: compositionOf(catalog, wave),
				fieldwork: formatFieldworkPeriod(lang, wave.fieldworkStart, wave.fieldworkEnd),
				method: wave.method,
				statedMargin: wave.statedMargin,
				margins: effectiveN === null ? null : marginHalfWidths(effectiveN),
				source: sourceParts(wave.source)
			};
		});
}

/** The sample make-up of one wave, variable by variable, in the order of the file. */
function compositionOf(catalog: Catalog, wave: Wave): CompositionView[] {
	const { lang } = catalog;
	const views = new Map<string, CompositionView>();
	for (const row of catalog.dataset.composition) {
		if (row.year !== wave.year || row.population !== wave.population) continue;
		let view = views.get(row.variable);
		if (!view) {
			view = {
				variable: row.variable,
				label: compositionName(lang, row.variable),
				shares: []
			};
			views.set(row.variable, view);
		}
		view.shares.push({
			category: row.category,
			label: compositionName(lang, row.category),
			pct: row.pct
		});
	}
	return [...views.values()];
}
