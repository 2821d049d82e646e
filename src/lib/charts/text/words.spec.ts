import { describe, expect, it } from 'vitest';
import {
	smallBaseMarks,
	smallBaseWarning,
	baseParts,
	baseText,
	changeText,
	formatInterval,
	formatPointsRange,
	formatPointsRangeShort,
	formatSignedNumber,
	intervalHalfWidth,
	listText,
	missingReasonText,
	missingYearsNote,
	verdictPhrase,
	verdictShort,
	withColon
} from './words';

function plain(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('formatInterval', () => {
	it('writes both ends rounded, the unit once, with an en dash', () => {
		expect(formatInterval('fr', 49.2, 70.4)).toBe('49\u201370\u00a0%');
		expect(formatInterval('en', 60.07, 65.84)).toBe('60–66%');
	});
});

describe('intervalHalfWidth', () => {
	it('is half the distance between the ends', () => {
		expect(intervalHalfWidth({ ciLow: 60.07, ciHigh: 65.84 })).toBeCloseTo(2.885, 10);
	});

	it('is null when the interval is unknown', () => {
		expect(intervalHalfWidth({ ciLow: null, ciHigh: null })).toBeNull();
	});
});

describe('formatSignedNumber', () => {
	it('signs a whole number of points with a true minus sign', () => {
		expect(formatSignedNumber('fr', 12.4)).toBe('+12');
		expect(formatSignedNumber('fr', -3)).toBe('\u22123');
	});

	it('writes 0 for a value that rounds to zero, never −0', () => {
		expect(formatSignedNumber('en', -0.2)).toBe('0');
	});
});

describe('formatPointsRange', () => {
	it('gives the interval of a difference in points', () => {
		expect(plain(formatPointsRange('fr', 10.16, 24.96))).toBe('de +10 à +25 pts');
		expect(plain(formatPointsRange('en', -7.21, 1.23))).toBe('−7 to +1 pt');
	});
});

describe('formatPointsRangeShort', () => {
	it('gives the interval without unit, for a narrow column', () => {
		expect(formatPointsRangeShort('fr', 10.16, 24.96)).toBe('+10 à +25');
		expect(formatPointsRangeShort('en', -7.21, 1.23)).toBe('\u22127 to +1');
	});
});

describe('baseParts', () => {
	it('gives n and, apart, that it is assumed, for a list', () => {
		expect(baseParts('fr', { base: 1002, baseAssumed: true }).map(plain)).toEqual([
			'n = 1 002',
			"taille d'échantillon supposée"
		]);
		expect(baseParts('en', { base: 88, baseAssumed: false }).map(plain)).toEqual(['n = 88']);
		expect(baseParts('en', { base: null, baseAssumed: true })).toEqual(['n unknown']);
	});
});

describe('baseText', () => {
	it('gives n, marked when assumed', () => {
		expect(plain(baseText('fr', { base: 1071, baseAssumed: false }))).toBe('n = 1 071');
		expect(plain(baseText('fr', { base: 1002, baseAssumed: true }))).toBe(
			"n = 1 002 (taille d'échantillon supposée)"
		);
		expect(baseText('en', { base: 88, baseAssumed: true })).toBe(
			'n\u00a0=\u00a088 (assumed sample size)'
		);
	});

	it('says n is unknown', () => {
		expect(baseText('fr', { base: null, baseAssumed: false })).toBe('n inconnu');
		expect(baseText('en', { base: null, baseAssumed: false })).toBe('n unknown');
	});
});

describe('changeText', () => {
	it('gives the change and the wave it is measured from', () => {
		expect(plain(changeText('fr', { delta: 2, fromYear: 2016 }))).toBe('+2 pts depuis 2016');
		expect(plain(changeText('en', { delta: -21, fromYear: 2018 }))).toBe('−21 pts since 2018');
	});

	it('gives the difference alone without a wave', () => {
		expect(plain(changeText('en', { delta: 19, fromYear: null }))).toBe('+19 pts');
	});
});

describe('verdictPhrase', () => {
	it('words each verdict', () => {
		expect(verdictPhrase('fr', { verdict: 'significant', ciLow: 1 }, false)).toBe(
			"au-delà de la marge d'erreur"
		);
		expect(verdictPhrase('fr', { verdict: 'not_significant', ciLow: -2 }, false)).toBe(
			"dans la marge d'erreur"
		);
		expect(verdictPhrase('fr', { verdict: 'borderline', ciLow: 0.1 }, false)).toBe(
			"à la limite de la marge d'erreur"
		);
		expect(verdictPhrase('en', { verdict: 'borderline', ciLow: 0.1 }, false)).toBe(
			'at the edge of the margin of error'
		);
	});

	it('says why a difference is untestable', () => {
		expect(plain(verdictPhrase('fr', { verdict: 'untestable', ciLow: null }, false))).toBe(
			'n inconnu : pas de test'
		);
		expect(verdictPhrase('en', { verdict: 'untestable', ciLow: null }, true)).toBe(
			'n unknown: not testable'
		);
		expect(plain(verdictPhrase('fr', { verdict: 'untestable', ciLow: -24 }, true))).toBe(
			'effectif trop faible : pas de test'
		);
		expect(verdictPhrase('en', { verdict: 'untestable', ciLow: 0 }, false)).toBe('not testable');
	});
});

describe('verdictShort', () => {
	it('gives a word or two', () => {
		expect(verdictShort('fr', 'not_significant')).toBe('non significatif');
		expect(verdictShort('en', 'untestable')).toBe('not testable');
	});
});

describe('missingReasonText', () => {
	it('says why a year has no figure', () => {
		expect(missingReasonText('fr', 'no_wave')).toBe('pas de vague');
		expect(missingReasonText('en', 'not_published')).toBe('not published');
	});
});

describe('missingYearsNote', () => {
	it('groups the years without a figure by reason', () => {
		const missing = [
			{ year: 2014, reasons: ['no_wave' as const] },
			{ year: 2015, reasons: ['not_published' as const] },
			{ year: 2019, reasons: ['no_wave' as const, 'not_published' as const] }
		];
		expect(plain(missingYearsNote('fr', missing))).toBe(
			'pas de vague : 2014, 2019 ; non publié : 2015, 2019'
		);
		expect(missingYearsNote('en', missing)).toBe('no wave: 2014, 2019; not published: 2015, 2019');
		expect(missingYearsNote('en', [], [2017])).toBe('wording changed: 2017');
		expect(missingYearsNote('en', [])).toBe('');
	});
});

describe('withColon', () => {
	it('uses a no-break space before the French colon', () => {
		expect(withColon('fr', 'Source', 'OpinionWay')).toBe('Source\u00a0: OpinionWay');
		expect(withColon('en', 'Source', 'OpinionWay')).toBe('Source: OpinionWay');
	});
});

describe('listText', () => {
	it('joins with the language conjunction', () => {
		expect(listText('fr', ['2014', '2015', '2019'])).toBe('2014, 2015 et 2019');
		expect(listText('en', ['2014', '2019'])).toBe('2014 and 2019');
		expect(listText('en', ['2014'])).toBe('2014');
	});
});

describe('smallBaseWarning and smallBaseMarks', () => {
	it('quote the small-base threshold of src/lib/stats', () => {
		expect(smallBaseWarning('fr')).toBe(
			'Effectif faible (moins de 30 répondants)\u00a0: à lire avec prudence'
		);
		expect(smallBaseMarks('en')).toBe('Dashed: small base (under 30)');
	});
});
