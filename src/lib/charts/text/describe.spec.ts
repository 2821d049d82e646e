import { describe, expect, it } from 'vitest';
import {
	describeDumbbell,
	describeEstimate,
	describeGap,
	describePoint,
	describeRankedBars,
	describeTrend,
	describeValue
} from './describe';
import {
	awarenessSeries,
	awarenessTrend,
	change,
	digitalDumbbell,
	estimate,
	expectationsTrend,
	obstaclesBars
} from '../test/fixtures';

/** The text with its no-break spaces as plain spaces, for readable expectations. */
function plain(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

const [of2012, of2013, of2016, of2017, , of2020] = awarenessSeries('fr').points;
const english = awarenessSeries('en').points;

describe('describeValue', () => {
	it('gives the value and the half-width of its interval', () => {
		expect(plain(describeValue('fr', of2017))).toBe('63 % (± 2,9 pts)');
		expect(plain(describeValue('en', english[3]))).toBe('63% (± 2.9 pts)');
	});

	it('gives the value alone when the interval is unknown', () => {
		expect(plain(describeValue('fr', of2012))).toBe('50 %');
	});
});

describe('describeEstimate', () => {
	it('says a change within the margin of error, in French with its no-break spaces', () => {
		expect(describeEstimate('fr', of2017)).toBe(
			"63\u00a0% (±\u00a02,9\u00a0pts), +2\u00a0pts depuis 2016, dans la marge d'erreur"
		);
	});

	it('says a change within the margin of error, in English', () => {
		expect(plain(describeEstimate('en', english[3]))).toBe(
			'63% (± 2.9 pts), +2 pts since 2016, within the margin of error'
		);
	});

	it('says a significant change is beyond the margin of error', () => {
		expect(plain(describeEstimate('fr', of2020))).toBe(
			"47 % (± 3,0 pts), −21 pts depuis 2018, au-delà de la marge d'erreur"
		);
		expect(plain(describeEstimate('en', english[5]))).toBe(
			'47% (± 3.0 pts), −21 pts since 2018, beyond the margin of error'
		);
	});

	it('says a borderline change is at the edge of the margin of error', () => {
		const borderline = { ...of2016, change: change(2013, -3, -6.1, 0.2, 'borderline') };
		expect(plain(describeEstimate('fr', borderline))).toBe(
			"61 % (± 3,0 pts), −3 pts depuis 2013, à la limite de la marge d'erreur"
		);
		expect(plain(describeEstimate('en', borderline))).toContain(
			'at the edge of the margin of error'
		);
	});

	it('says a change against a wave of unknown n cannot be tested', () => {
		expect(plain(describeEstimate('fr', of2013))).toBe(
			'64 % (± 3,0 pts), +14 pts depuis 2012, n inconnu : pas de test'
		);
		expect(plain(describeEstimate('en', english[1]))).toBe(
			'64% (± 3.0 pts), +14 pts since 2012, n unknown: not testable'
		);
	});

	it('says a small base leaves nothing to test', () => {
		const small = estimate({
			year: 2018,
			value: 40,
			ciLow: 23.4,
			ciHigh: 59.26,
			base: 25,
			smallBase: true,
			change: change(2017, -5, -24.58, 16.69, 'untestable')
		});
		expect(plain(describeEstimate('fr', small))).toBe(
			'40 % (± 17,9 pts), −5 pts depuis 2017, effectif trop faible : pas de test'
		);
	});

	it('gives the value alone for a first wave', () => {
		expect(plain(describeEstimate('en', english[0]))).toBe('50%');
	});
});

describe('describePoint', () => {
	it('names the answer, population and year, then the figure and its base', () => {
		expect(plain(describePoint('en', english[3]))).toBe(
			'Knows the social and solidarity economy, General public, 2017: 63% (± 2.9 pts), +2 pts since 2016, within the margin of error. n = 1,071 (assumed sample size).'
		);
	});

	it('says when n is unknown', () => {
		expect(plain(describePoint('fr', of2012))).toBe(
			"Connaît l'économie sociale et solidaire, Grand public, 2012 : 50 %. n inconnu."
		);
	});

	it('flags a derived figure, a small base and a note in words', () => {
		const [, partnerships] = obstaclesBars('fr').bars;
		const small = { ...partnerships, smallBase: true, base: 25 };
		const sentence = plain(describePoint('fr', small));
		expect(sentence).toContain('Effectif faible (moins de 30 répondants) : à lire avec prudence.');
		expect(sentence).toContain("Déduit d'une évolution publiée.");
		expect(sentence).toContain('Note : 27 % en 2016 moins les 8 pts publiés.');
	});
});

describe('describeTrend', () => {
	it('says where the wording changed, and gives no change across it', () => {
		expect(plain(describeTrend('fr', expectationsTrend('fr')))).toBe(
			"Conception en commun : 70 % en 2016 ; en 2017, 59 % (± 10,1 pts), −11 pts depuis 2016, dans la marge d'erreur. " +
				'Soutien financier : 71 % en 2016 ; en 2017, 48 % (± 10,2 pts), non comparable à 2016 (formulation changée). ' +
				"Formulation changée en 2017 (Soutien financier) : aucune évolution n'est calculée d'une formulation à l'autre."
		);
		expect(plain(describeTrend('en', expectationsTrend('en')))).toContain(
			'Wording changed in 2017 (Financial support): no change is computed from one wording to the other.'
		);
	});

	it('gives the first and last figures, the peak, and the years without a figure', () => {
		expect(plain(describeTrend('fr', awarenessTrend('fr')))).toBe(
			"Connaît l'économie sociale et solidaire : 50 % en 2012 ; en 2020, 47 % (± 3,0 pts), −21 pts depuis 2018, au-delà de la marge d'erreur. " +
				'Maximum : 68 % en 2018. ' +
				'Pas de chiffre en 2014 (pas de vague), 2015 (non publié) et 2019 (pas de vague).'
		);
	});

	it('writes English', () => {
		expect(plain(describeTrend('en', awarenessTrend('en')))).toBe(
			'Knows the social and solidarity economy: 50% in 2012; in 2020, 47% (± 3.0 pts), −21 pts since 2018, beyond the margin of error. ' +
				'Highest: 68% in 2018. ' +
				'No figure for 2014 (no wave), 2015 (not published) and 2019 (no wave).'
		);
	});

	it('describes a series of one figure', () => {
		const view = {
			...awarenessTrend('en'),
			series: [{ ...awarenessSeries('en'), points: [english[3]], missing: [] }]
		};
		expect(plain(describeTrend('en', view))).toBe(
			'Knows the social and solidarity economy: in 2017, 63% (± 2.9 pts), +2 pts since 2016, within the margin of error.'
		);
	});

	it('says nothing of an empty chart', () => {
		expect(describeTrend('fr', { ...awarenessTrend('fr'), series: [] })).toBe('');
	});
});

describe('describeRankedBars', () => {
	it('lists the answers in order with the shared base, and says the others were not published', () => {
		expect(plain(describeRankedBars('fr', obstaclesBars('fr')))).toBe(
			"Entrepreneurs sociaux, 2017 (n = 88, taille d'échantillon supposée) : " +
				"Manque de moyens financiers, 43 % (± 10,1 pts), 0 pt depuis 2016, dans la marge d'erreur ; " +
				"Manque de partenariats avec des entreprises classiques, 19 % (± 8,1 pts), −8 pts depuis 2016, dans la marge d'erreur (déduit d'une évolution publiée). " +
				'Autres réponses non publiées.'
		);
	});

	it('writes the base after the year in English, with no brackets inside brackets', () => {
		const text = plain(describeRankedBars('en', obstaclesBars('en')));
		expect(
			text.startsWith(
				'Social entrepreneurs, 2017 (n = 88, assumed sample size): Lack of financial means, 43% (± 10.1 pts)'
			)
		).toBe(true);
		expect(text).not.toMatch(/\([^()]*\(/);
	});

	it('gives the base alone when it is not assumed, and none when the answers have different bases', () => {
		const view = obstaclesBars('fr');
		const measured = { ...view, bars: view.bars.map((bar) => ({ ...bar, baseAssumed: false })) };
		expect(plain(describeRankedBars('fr', measured))).toMatch(
			/^Entrepreneurs sociaux, 2017 \(n = 88\) : /
		);
		const mixed = { ...view, bars: [view.bars[0], { ...view.bars[1], base: 90 }] };
		expect(plain(describeRankedBars('fr', mixed))).toMatch(/^Entrepreneurs sociaux, 2017 : Manque/);
	});

	it('says nothing of unpublished answers when the list is complete', () => {
		const view = { ...obstaclesBars('en'), partial: false };
		expect(describeRankedBars('en', view)).not.toContain('not published');
	});
});

describe('describeGap', () => {
	it('gives both values, the gap with its interval, and the verdict', () => {
		const [education] = digitalDumbbell('fr').rows;
		expect(plain(describeGap('fr', education))).toBe(
			"Éducation : 88 % (Entrepreneurs sociaux) contre 69 % (Grand public), écart de +19 pts (de +10 à +25 pts), au-delà de la marge d'erreur."
		);
	});

	it('says a gap with an unknown n cannot be tested', () => {
		const [education] = digitalDumbbell('en').rows;
		const unknown = {
			...education,
			gap: { ...education.gap, ciLow: null, ciHigh: null, verdict: 'untestable' as const }
		};
		expect(plain(describeGap('en', unknown))).toBe(
			'Education: 88% (Social entrepreneurs) against 69% (General public), a gap of +19 pts, n unknown: not testable.'
		);
	});
});

describe('describeDumbbell', () => {
	it('gives one sentence a row', () => {
		const text = describeDumbbell('en', digitalDumbbell('en'));
		expect(text.split('. ').length).toBe(4);
		expect(plain(text)).toContain(
			'Autonomy and ageing: 70% (Social entrepreneurs) against 56% (General public), a gap of +14 pts (+3 to +23 pts)'
		);
	});
});
