/**
 * The resolution of a PNG, written in the file: a canvas writes no pHYs chunk, so a print PNG
 * would open at 72 or 96 dpi and come out too large. Pure byte work (PNG specification, 11.3.5.3).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The CRC-32 table (polynomial 0xEDB88320), built once. */
const crcTable = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/**
 * The CRC-32 of bytes, as PNG chunks carry it (over the chunk type and data).
 * @example crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** Whether bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
	return bytes.length >= 8 && SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** A PNG chunk: its type and where it starts and ends in the file. */
interface Chunk {
	type: string;
	start: number;
	end: number;
	dataStart: number;
}

function chunks(png: Uint8Array): Chunk[] {
	if (!isPng(png)) throw new Error('Not a PNG: the signature is missing');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const list: Chunk[] = [];
	for (let at = 8; at + 12 <= png.length;) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		const end = at + 12 + length;
		if (end > png.length) throw new Error(`Not a PNG: the ${type} chunk runs past the end`);
		list.push({ type, start: at, end, dataStart: at + 8 });
		at = end;
	}
	if (list[0]?.type !== 'IHDR') throw new Error('Not a PNG: IHDR is not the first chunk');
	return list;
}

/**
 * Width and height in pixels, from the IHDR chunk.
 * @example pngSize(bytes) // { width: 1280, height: 884 }
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const header = chunks(png)[0];
	const view = new DataView(png.buffer, png.byteOffset + header.dataStart, 8);
	return { width: view.getUint32(0), height: view.getUint32(4) };
}

/** Dots per inch as pixels per metre, the unit of pHYs. @example pixelsPerMetre(300) // 11811 */
export function pixelsPerMetre(dpi: number): number {
	return Math.round(dpi / 0.0254);
}

/**
 * The resolution written in a PNG's pHYs chunk, in dots per inch (rounded), or null without one
 * (or when its unit is not the metre).
 */
export function pngDpi(png: Uint8Array): number | null {
	const phys = chunks(png).find((chunk) => chunk.type === 'pHYs');
	if (!phys) return null;
	const view = new DataView(png.buffer, png.byteOffset + phys.dataStart, 9);
	if (view.getUint8(8) !== 1) return null;
	return Math.round(view.getUint32(0) * 0.0254);
}

/**
 * The same PNG with its resolution set: a pHYs chunk right after IHDR (where the specification
 * allows it: before IDAT), any earlier pHYs dropped. The pixels are untouched.
 * @example pngDpi(withResolution(canvasPng, 300)) // 300
 */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
	if (!(dpi > 0)) throw new RangeError(`The resolution must be positive: ${dpi}`);
	const list = chunks(png);
	const phys = new Uint8Array(21);
	const view = new DataView(phys.buffer);
	view.setUint32(0, 9);
	phys.set([0x70, 0x48, 0x59, 0x73], 4); // 'pHYs'
	view.setUint32(8, pixelsPerMetre(dpi));
	view.setUint32(12, pixelsPerMetre(dpi));
	view.setUint8(16, 1); // unit: the metre
	view.setUint32(17, crc32(phys.subarray(4, 17)));
	const kept = list.filter((chunk) => chunk.type !== 'pHYs');
	const parts = [png.subarray(0, 8), png.subarray(kept[0].start, kept[0].end), phys];
	for (const chunk of kept.slice(1)) parts.push(png.subarray(chunk.start, chunk.end));
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
