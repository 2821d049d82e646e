import type { Dataset } from '../data/types';
import { changes } from './changes';
import { estimates } from './estimates';
import { gaps } from './gaps';
import type { Change, Estimate, Gap } from './types';

export interface Analysis {
	estimates: Estimate[];
	changes: Change[];
	gaps: Gap[];
	/** Top-level populations (no parent) in the order of populations.csv: the sides of every gap. */
	populations: string[];
}

/**
 * Every estimate, change and gap of a validated dataset.
 *
 * @example
 * const { estimates, changes, gaps } = analyseDataset(dataset);
 */
export function analyseDataset(dataset: Dataset): Analysis {
	const populations = dataset.populations.filter((p) => p.parent === null).map((p) => p.id);
	const all = estimates(dataset);
	return { estimates: all, changes: changes(all), gaps: gaps(all, populations), populations };
}
