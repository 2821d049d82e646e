import { populationsOfWaves } from '../data/populationsOfWaves';
import type { Dataset, Figure, Wave } from '../data/types';

/** Test helpers: a wave and a figure with the contract's defaults, real values given by each test. */
export function wave(
	year: number,
	population: string,
	sampleSize: number | null,
	extra: Partial<Wave> = {}
): Wave {
	return {
		year,
		population,
		sampleSize,
		fieldworkStart: null,
		fieldworkEnd: null,
		method: null,
		source: 'test',
		edition: null,
		parent: null,
		designEffect: 1,
		statedMargin: null,
		...extra
	};
}

export function figure(
	year: number,
	population: string,
	questionId: string,
	answerId: string,
	pct: number | null,
	extra: Partial<Figure> = {}
): Figure {
	return {
		year,
		population,
		questionId,
		answerId,
		pct,
		base: null,
		derived: false,
		approximate: false,
		deltaPts: null,
		deltaVsYear: null,
		labelFr: null,
		labelEn: null,
		note: null,
		source: null,
		break: false,
		breakNoteFr: null,
		breakNoteEn: null,
		location: { file: `data/${year}/${population}.csv`, line: 2 },
		...extra
	};
}

export function dataset(waves: Wave[], figures: Figure[]): Dataset {
	return {
		waves,
		figures,
		questions: [],
		answers: [],
		composition: [],
		site: {},
		populations: populationsOfWaves(waves),
		themes: [],
		charts: [],
		methodology: { fr: [], en: [] }
	};
}
