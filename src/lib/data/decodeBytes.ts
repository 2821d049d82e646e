/** The text of a file and how it was decoded. */
export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Windows-1252's bytes 0x80–0x9F (€, ’, œ, “, …: common in French text). Node 20's TextDecoder
 * decodes 'windows-1252' as ISO-8859-1 and leaves them as C1 control characters, so they are
 * mapped here; browsers already decode them, and the five undefined bytes stay as they are.
 */
const c1ToWindows1252 = new Map(
	[...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((char, index) => [
		String.fromCharCode(0x80 + index),
		char
	])
);

/**
 * Decodes a file's bytes: UTF-8 (a BOM is dropped) when they are valid UTF-8, otherwise
 * Windows-1252, Excel's default for French CSV exports. Every byte sequence decodes, so this never throws.
 *
 * @example
 * decodeBytes(new Uint8Array([0xc9, 0x63, 0x6f, 0x20, 0x80])) // { text: 'Éco €', encoding: 'windows-1252' }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	try {
		return { text: utf8.decode(bytes), encoding: 'utf-8' };
	} catch {
		const text = windows1252
			.decode(bytes)
			.replace(/[\u0080-\u009f]/g, (char) => c1ToWindows1252.get(char) ?? char);
		return { text, encoding: 'windows-1252' };
	}
}
