import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, isPng, pixelsPerMetre, pngDpi, pngSize, withResolution } from './pngResolution';

/** A chunk: length, type, data, CRC. */
function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(new TextEncoder().encode(type), 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

/** A valid 3×2 grey PNG, as a canvas would write it (no pHYs), or with the given extra chunks. */
function tinyPng(extra: Uint8Array[] = []): Uint8Array {
	const header = new Uint8Array(13);
	const view = new DataView(header.buffer);
	view.setUint32(0, 3);
	view.setUint32(4, 2);
	header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
	const pixels = new Uint8Array([0, 10, 20, 30, 0, 40, 50, 60]); // a filter byte per row
	const parts = [
		new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		...extra,
		chunk('IDAT', new Uint8Array(deflateSync(pixels))),
		chunk('IEND', new Uint8Array())
	];
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** The chunks of a PNG: type and data. */
function chunksOf(png: Uint8Array): { type: string; data: Uint8Array }[] {
	const list: { type: string; data: Uint8Array }[] = [];
	const view = new DataView(png.buffer, png.byteOffset);
	for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		list.push({ type, data: png.subarray(at + 8, at + 8 + view.getUint32(at)) });
	}
	return list;
}

const types = (png: Uint8Array) => chunksOf(png).map((c) => c.type);

describe('crc32', () => {
	it('gives the standard check values', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
		expect(crc32(new Uint8Array())).toBe(0);
	});
});

describe('withResolution', () => {
	it('writes 300 dpi as 11811 pixels per metre in a pHYs chunk right after IHDR', () => {
		const png = withResolution(tinyPng(), 300);
		expect(types(png)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
		expect(pngDpi(png)).toBe(300);
		expect(pixelsPerMetre(300)).toBe(11811);
		const at = 8 + 25; // signature, IHDR
		// Length 9, 'pHYs', 11811 (0x2e23) twice, unit 1 (metre), then the CRC of type and data.
		expect([...png.subarray(at, at + 17)]).toEqual([
			0, 0, 0, 9, 0x70, 0x48, 0x59, 0x73, 0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23, 1
		]);
		expect(new DataView(png.buffer).getUint32(at + 17)).toBe(crc32(png.subarray(at + 4, at + 17)));
	});

	it('keeps the size and the pixels, and replaces an earlier pHYs', () => {
		const earlier = chunk('pHYs', new Uint8Array([0, 0, 0x0e, 0xc4, 0, 0, 0x0e, 0xc4, 1]));
		const before = tinyPng([earlier]);
		expect(pngDpi(before)).toBe(96);
		const after = withResolution(before, 300);
		expect(types(after)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
		expect(pngDpi(after)).toBe(300);
		expect(pngSize(after)).toEqual({ width: 3, height: 2 });
		expect(after.length).toBe(before.length);
		const idat = chunksOf(after).find((c) => c.type === 'IDAT')?.data ?? new Uint8Array();
		expect([...inflateSync(idat)]).toEqual([0, 10, 20, 30, 0, 40, 50, 60]);
	});

	it('has no resolution to read in a canvas-like PNG, and refuses what is not a PNG', () => {
		expect(pngDpi(tinyPng())).toBeNull();
		expect(isPng(tinyPng())).toBe(true);
		expect(() => withResolution(new Uint8Array([1, 2, 3]), 300)).toThrow(
			'Not a PNG: the signature is missing'
		);
		expect(() => withResolution(tinyPng(), 0)).toThrow('The resolution must be positive: 0');
		const cut = tinyPng().subarray(0, 50);
		expect(() => pngSize(cut)).toThrow('Not a PNG: the IDAT chunk runs past the end');
	});
});
