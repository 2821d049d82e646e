/**
 * The mark beside a change or a gap, from its verdict: a triangle pointing the way of the change,
 * solid when significant, an outline when not; a diamond at the edge (borderline); nothing when
 * untestable or not comparable across a series break (the words say why). Drawn as SVG paths, not as "▲" characters, whose shape and
 * size depend on the font.
 */
import type { ChangeView } from '../../views/types';

export type GlyphShape = 'up' | 'down' | 'flat' | 'diamond';

export interface ChangeGlyph {
	shape: GlyphShape;
	/** 'solid' for a significant difference; 'outline' for the rest. */
	fill: 'solid' | 'outline';
}

/**
 * The glyph of a difference; null when there is none to draw.
 * @example changeGlyph({ delta: 11, verdict: 'significant', … }) // { shape: 'up', fill: 'solid' }
 * @example changeGlyph({ delta: -3, verdict: 'not_significant', … }) // { shape: 'down', fill: 'outline' }
 * @example changeGlyph({ delta: 5, verdict: 'borderline', … }) // { shape: 'diamond', fill: 'outline' }
 * @example changeGlyph({ delta: 14, verdict: 'untestable', … }) // null
 */
export function changeGlyph(
	change: Pick<ChangeView, 'delta' | 'verdict'> | null
): ChangeGlyph | null {
	// A null delta is a change across a series break ('not_comparable').
	if (change === null || change.delta === null || change.verdict === 'untestable') return null;
	if (change.verdict === 'borderline') return { shape: 'diamond', fill: 'outline' };
	const shape: GlyphShape = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat';
	return { shape, fill: change.verdict === 'significant' ? 'solid' : 'outline' };
}

/** Rounds to 2 decimals, for short and stable path strings. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * The SVG path of a glyph centred on (0, 0), `size` wide.
 * @example glyphPath('up', 10) // 'M0,-5L5,4L-5,4Z'
 */
export function glyphPath(shape: GlyphShape, size: number): string {
	const half = size / 2;
	const foot = round(half * 0.8);
	switch (shape) {
		case 'up':
			return `M0,${-half}L${half},${foot}L${-half},${foot}Z`;
		case 'down':
			return `M0,${half}L${half},${-foot}L${-half},${-foot}Z`;
		case 'diamond':
			return `M0,${-half}L${half},0L0,${half}L${-half},0Z`;
		case 'flat': {
			const thickness = round(half * 0.35);
			return `M${-half},${-thickness}H${half}V${thickness}H${-half}Z`;
		}
	}
}
