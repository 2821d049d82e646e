import { describe, expect, it } from 'vitest';
import { seriesNames } from './seriesNames';

describe('seriesNames', () => {
	it('names series of one population by their answers', () => {
		const names = seriesNames([
			{ key: 'a', label: 'ESS', populationLabel: 'Grand public' },
			{ key: 'b', label: 'Entrepreneuriat social', populationLabel: 'Grand public' }
		]);
		expect([...names.values()]).toEqual(['ESS', 'Entrepreneuriat social']);
	});

	it('names series of one answer by their populations', () => {
		const names = seriesNames([
			{ key: 'a', label: 'ESS', populationLabel: 'Grand public' },
			{ key: 'b', label: 'ESS', populationLabel: 'Entrepreneurs sociaux' }
		]);
		expect(names.get('b')).toBe('Entrepreneurs sociaux');
	});

	it('names series by both when neither tells them apart', () => {
		const names = seriesNames([
			{ key: 'a', label: 'ESS', populationLabel: 'Grand public' },
			{ key: 'b', label: 'ESS', populationLabel: 'Grand public' }
		]);
		expect(names.get('a')).toBe('ESS (Grand public)');
	});

	it('names a lone series by its answer', () => {
		expect(
			seriesNames([{ key: 'a', label: 'ESS', populationLabel: 'Grand public' }]).get('a')
		).toBe('ESS');
	});
});
