import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from './decodeBytes';

describe('decodeBytes', () => {
	it('reads UTF-8 and drops its BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Économie')]);
		expect(decodeBytes(bytes)).toEqual({ text: 'Économie', encoding: 'utf-8' });
	});
	it('falls back to Windows-1252 for Excel French exports, where é is 0xE9 and € is 0x80', () => {
		expect(decodeBytes(new Uint8Array([0xc9, 0x63, 0x6f, 0x20, 0x80]))).toEqual({
			text: 'Éco €',
			encoding: 'windows-1252'
		});
	});
	it('decodes the French punctuation of 0x80–0x9F, such as ’ and œ', () => {
		expect(decodeBytes(new Uint8Array([0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65])).text).toBe(
			'l’œuvre'
		);
	});
	it('decodes any bytes without throwing', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 200 }),
				(bytes) => typeof decodeBytes(bytes).text === 'string'
			)
		);
	});
});
