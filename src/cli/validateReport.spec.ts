import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../lib/data/types';
import { validateReport } from './validateReport';

const result: ValidationResult = {
	dataset: {
		waves: [],
		questions: [],
		answers: [],
		figures: [],
		composition: [],
		site: {},
		populations: [],
		themes: [],
		charts: [],
		methodology: { fr: [], en: [] }
	},
	issues: [
		{ file: 'data/b.csv', line: 1, column: 1, severity: 'warning', message: 'later' },
		{ file: 'data/a.csv', line: 3, column: 2, severity: 'error', message: 'first' }
	],
	files: [
		{ file: 'data/a.csv', rows: 4, loaded: 3, rejected: 1 },
		{ file: 'data/b.csv', rows: 2, loaded: 2, rejected: 0 }
	],
	errorCount: 1
};

describe('validateReport', () => {
	it('lists the issues by place, then counts files, rows, errors and warnings', () => {
		expect(validateReport('data', result)).toEqual([
			'data/a.csv:3:2: error: first',
			'data/b.csv:1:1: warning: later',
			'data: 2 files, 6 data rows: 5 loaded, 1 rejected; 1 error, 1 warning'
		]);
	});
});
