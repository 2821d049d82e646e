import { describe, expect, it } from 'vitest';
import { changeGlyph, glyphPath } from './changeGlyph';

describe('changeGlyph', () => {
	it('draws a solid triangle the way of a significant change', () => {
		expect(changeGlyph({ delta: 5, verdict: 'significant' })).toEqual({
			shape: 'up',
			fill: 'solid'
		});
		expect(changeGlyph({ delta: -21, verdict: 'significant' })).toEqual({
			shape: 'down',
			fill: 'solid'
		});
	});

	it('draws an outline for a change within the margin of error', () => {
		expect(changeGlyph({ delta: -3, verdict: 'not_significant' })).toEqual({
			shape: 'down',
			fill: 'outline'
		});
		expect(changeGlyph({ delta: 0, verdict: 'not_significant' })).toEqual({
			shape: 'flat',
			fill: 'outline'
		});
	});

	it('draws a diamond for a borderline change, whatever its direction', () => {
		expect(changeGlyph({ delta: -3, verdict: 'borderline' })).toEqual({
			shape: 'diamond',
			fill: 'outline'
		});
	});

	it('draws nothing when untestable or without change', () => {
		expect(changeGlyph({ delta: 14, verdict: 'untestable' })).toBeNull();
		expect(changeGlyph(null)).toBeNull();
	});
});

describe('glyphPath', () => {
	it('draws each shape centred on the origin', () => {
		expect(glyphPath('up', 10)).toBe('M0,-5L5,4L-5,4Z');
		expect(glyphPath('down', 10)).toBe('M0,5L5,-4L-5,-4Z');
		expect(glyphPath('diamond', 10)).toBe('M0,-5L5,0L0,5L-5,0Z');
		expect(glyphPath('flat', 10)).toBe('M-5,-1.75H5V1.75H-5Z');
	});
});
