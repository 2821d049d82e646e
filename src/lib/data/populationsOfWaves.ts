import type { Population, Wave } from './types';

/**
 * The populations of waves.csv in their first row's order, ids as names: what a folder without
 * populations.csv has.
 *
 * @example
 * populationsOfWaves(waves) // [{ id: 'entrepreneurs', labelFr: 'entrepreneurs', labelEn: 'entrepreneurs', parent: null }, …]
 */
export function populationsOfWaves(waves: readonly Wave[]): Population[] {
	const parents = new Map<string, string | null>();
	for (const wave of waves)
		if (!parents.has(wave.population)) parents.set(wave.population, wave.parent);
	return [...parents].map(([id, parent]) => ({ id, labelFr: id, labelEn: id, parent }));
}
