import { describe, expect, it } from 'vitest';
import { exportFilename, printWidth } from './exportNames';

describe('exportFilename', () => {
	it('names each file after the chart and the language', () => {
		expect(exportFilename('awareness', 'fr', 'svg')).toBe('awareness.fr.svg');
		expect(exportFilename('awareness', 'en', 'png')).toBe('awareness.en.png');
		expect(exportFilename('obstacles', 'fr', 'png-print')).toBe('obstacles.fr-print.png');
		expect(exportFilename('gaps-digital_social_link-2017', 'en', 'csv')).toBe(
			'gaps-digital_social_link-2017.en.csv'
		);
	});

	it('keeps the name inside the download folder', () => {
		expect(exportFilename('../x/y', 'fr', 'csv')).toBe('---x-y.fr.csv');
	});
});

describe('printWidth', () => {
	it('is 160 mm at 300 dpi', () => {
		expect(printWidth()).toBe(1890);
	});
});
