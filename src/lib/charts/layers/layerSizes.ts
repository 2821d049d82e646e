/**
 * The sizes the layers draw at, in viewBox units, for a composition that must know where their
 * marks and text fall (TrendChart keeps its end labels clear of them: trendLayout.ts).
 */

/** The radius of a point's marker (Points), the other shapes having the same area. */
export const MARKER_RADIUS = 5;

/** The width of a change glyph (Glyph, ChangeMarks). */
export const GLYPH_SIZE = 10;

/** From a point's centre to its change glyph's, above or below it (ChangeMarks). */
export const GLYPH_OFFSET = 15;

/** From the bottom of the plotting area to the start of a missing year's label (GapMarkers). */
export const GAP_LABEL_INSET = 6;

/**
 * The font size of a missing year's label, in em (GapMarkers' rules in charts.css:
 * `font-size: 0.8em`, which CSS cannot take from here; layerSizes.spec.ts checks the two agree).
 */
export const GAP_LABEL_FONT = 0.8;

/** From the plotting area's left edge to the end of the y axis's labels (AxisY). */
export const AXIS_Y_LABEL_GAP = 8;
