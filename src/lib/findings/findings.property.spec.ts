/**
 * Properties of the findings for any figures and bases: the words follow the analysis' verdict,
 * never the size of the figures, and the typography holds in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../analysis/analyseDataset';
import { figure, wave } from '../analysis/fixtures';
import type { Dataset } from '../data/types';
import { languages, type Lang } from '../i18n/lang';
import { moveWord } from '../i18n/moveWords';
import { catalog } from '../views/catalog';
import { findings } from './findings';
import type { Finding } from './types';

const percent = fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10);
const base = fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null });

const barometer = fc.record({
	before: percent,
	after: percent,
	other: percent,
	nBefore: base,
	nAfter: base,
	nOther: base,
	derived: fc.boolean(),
	approximate: fc.boolean(),
	templated: fc.boolean(),
	broken: fc.boolean()
});

type Generated = typeof barometer extends fc.Arbitrary<infer T> ? T : never;

function dataset(b: Generated): Dataset {
	return {
		waves: [
			wave(2016, 'alpha', b.nBefore),
			wave(2017, 'alpha', b.nAfter),
			wave(2017, 'beta', b.nOther)
		],
		questions: [
			{
				id: 'q',
				theme: 'theme',
				kind: 'multi',
				labelFr: 'Question',
				labelEn: 'Question',
				noteFr: null,
				noteEn: null,
				headline: true,
				findingFr: b.templated ? 'En {year}, {pct} {population} : « {answer} »{change}.' : null,
				findingEn: b.templated ? 'In {year}, {pct} {population}: “{answer}”{change}.' : null
			}
		],
		answers: [{ questionId: 'q', id: 'yes', labelFr: 'Oui', labelEn: 'Yes', order: 1 }],
		figures: [
			figure(2016, 'alpha', 'q', 'yes', b.before),
			figure(2017, 'alpha', 'q', 'yes', b.after, { derived: b.derived, break: b.broken }),
			figure(2017, 'beta', 'q', 'yes', b.other, { approximate: b.approximate })
		],
		composition: [],
		site: {},
		populations: [
			{ id: 'alpha', labelFr: 'Alpha', labelEn: 'Alpha', parent: null },
			{ id: 'beta', labelFr: 'Bêta', labelEn: 'Beta', parent: null }
		],
		themes: [{ id: 'theme', labelFr: 'Thème', labelEn: 'Theme', leadFr: null, leadEn: null }],
		charts: [],
		methodology: { fr: [], en: [] }
	};
}

function eachFinding(check: (lang: Lang, finding: Finding, b: Generated) => void) {
	fc.assert(
		fc.property(barometer, (b) => {
			const data = dataset(b);
			const analysis = analyseDataset(data);
			for (const { code: lang } of languages)
				for (const finding of findings(catalog(data, analysis, lang), { perTheme: 10 }))
					check(lang, finding, b);
		}),
		{ numRuns: 400 }
	);
}

describe('findings, for any figures and bases', () => {
	it('call a change a rise or a fall only when it is significant, in its direction', () => {
		eachFinding((lang, finding) => {
			if (finding.kind !== 'change') return;
			if (finding.verdict === 'significant') {
				const direction = finding.delta! > 0 ? 'rise' : 'fall';
				const opposite = direction === 'rise' ? 'fall' : 'rise';
				expect(moveWord(lang, finding.text, [direction]), finding.text).not.toBe(null);
				expect(moveWord(lang, finding.text, [opposite]), finding.text).toBe(null);
			} else expect(moveWord(lang, finding.text), finding.text).toBe(null);
		});
	});

	it('never word a gap as a move, and call it a gap of so many points only when significant', () => {
		const gapWords = { fr: /écart (de|d')/, en: /gap of/ };
		eachFinding((lang, finding) => {
			if (finding.kind !== 'gap') return;
			expect(moveWord(lang, finding.text), finding.text).toBe(null);
			expect(gapWords[lang].test(finding.text), finding.text).toBe(
				finding.verdict === 'significant'
			);
		});
	});

	it('keep French and English typography', () => {
		eachFinding((lang, finding) => {
			const { text } = finding;
			expect(text).not.toMatch(/[{}]|NaN|undefined|Infinity/);
			expect(text).not.toMatch(/-\d/); // a minus is U+2212
			expect(text).not.toMatch(/\d \d/); // no plain space inside a number
			expect(text).toContain(String(finding.year));
			expect(text).toMatch(/\.$/);
			if (lang === 'fr') {
				expect(text).not.toMatch(/ [%:;!?»]/);
				expect(text).not.toMatch(/« /);
				expect(text).not.toMatch(/(?<!\u00a0)%/);
				expect(text).not.toMatch(/\d\.\d/); // a decimal comma
			} else {
				expect(text).not.toMatch(/\s%/);
				expect(text).not.toMatch(/\d,\d/); // a decimal point
			}
		});
	});

	it('say "environ" / "about" exactly when a figure stated is derived or approximate', () => {
		const about = { fr: /environ/, en: /about/ };
		eachFinding((lang, finding, b) => {
			const flagged =
				finding.kind === 'gap'
					? b.derived || b.approximate
					: finding.population === 'alpha'
						? finding.year === 2017 && b.derived
						: b.approximate;
			expect(about[lang].test(finding.text), finding.text).toBe(flagged);
		});
	});
});
