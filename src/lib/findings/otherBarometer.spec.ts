import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDataset } from '../analysis/analyseDataset';
import { languages } from '../i18n/lang';
import { moveWord } from '../i18n/moveWords';
import { bundledCatalog } from '../server/bundledCatalog';
import { validateDataFolder } from '../server/validateDataFolder';
import { catalog, type Catalog } from '../views/catalog';
import { findings } from './findings';
import type { Finding } from './types';

/** The made-up second barometer, read by the loader `barometer findings` uses. */
const folder = 'tests/fixtures/benevolat-data';
const written: Partial<Record<string, Finding[]>> = {};

/**
 * The names the bundled barometer gives its populations, questions and themes, in every language;
 * of more than one word, as a single word ("Obstacles") may name any barometer's theme.
 */
function bundledNames(bundled: Catalog): string[] {
	const { dataset } = bundled;
	return [
		...dataset.populations.flatMap((p) => [p.labelFr, p.labelEn, p.phraseFr, p.phraseEn]),
		...dataset.questions.flatMap((q) => [q.labelFr, q.labelEn]),
		...dataset.themes.flatMap((theme) => [theme.labelFr, theme.labelEn])
	].filter((name): name is string => name !== null && name.includes(' '));
}

beforeAll(async () => {
	const validation = await validateDataFolder(folder);
	if (!validation.read) throw new Error(validation.issue.message);
	const { dataset, errorCount } = validation.result;
	expect(errorCount).toBe(0);
	const analysis = analyseDataset(dataset);
	for (const { code } of languages) written[code] = findings(catalog(dataset, analysis, code));
});

describe('findings of a second barometer', () => {
	it("writes its templates with its own populations' phrases", () => {
		const fr = written.fr!.map((f) => f.text);
		const en = written.en!.map((f) => f.text);
		expect(fr).toContain(
			"En 2023, 78\u00a0% des bénévoles disent «\u00a0Oui\u00a0» au fait de donner de leur temps chaque mois, stable depuis 2022 (+3\u00a0pts, dans la marge d'erreur)."
		);
		expect(en).toContain(
			'In 2023, 78% of volunteers said “Yes” to giving time every month, stable since 2022 (+3\u00a0pts, within the margin of error).'
		);
	});

	for (const { code } of languages) {
		it(`says a change moved only when significant, in its direction (${code})`, () => {
			const list = written[code]!;
			const significant = list.filter((f) => f.kind === 'change' && f.verdict === 'significant');
			expect(significant.length).toBeGreaterThan(0);
			expect(list.filter((f) => f.kind === 'change').length).toBeGreaterThan(significant.length);
			for (const finding of list) {
				if (!significant.includes(finding)) {
					expect(moveWord(code, finding.text), finding.text).toBeNull();
					continue;
				}
				const [direction, opposite] = finding.delta! > 0 ? ['rise', 'fall'] : ['fall', 'rise'];
				expect(moveWord(code, finding.text)?.direction, finding.text).toBe(direction);
				expect(
					moveWord(code, finding.text, [opposite as 'rise' | 'fall']),
					finding.text
				).toBeNull();
			}
		});

		it(`uses none of the bundled barometer's names (${code})`, () => {
			const names = bundledNames(bundledCatalog(code));
			expect(names).toContain('du grand public');
			for (const finding of written[code]!) {
				expect(
					names.filter((name) => finding.text.includes(name)),
					finding.text
				).toEqual([]);
				expect(finding.text).not.toMatch(/entrepreneur/i);
			}
		});
	}
});
