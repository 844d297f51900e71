/**
 * The layout the charts share, for what Plot has no mark for: one spacing rule for blocks stacked
 * top to bottom, and whole-pixel cells for unit charts. A chart's graphic is laid out by Plot's
 * scales and marks; the text around it is placed by chart-captions.ts with the same spacing, so no
 * chart carries its own gaps.
 */
/**
 * Chart text size in CSS pixels, set on every chart's root by the renderer: at least 12 px on a
 * 360 px phone, where the narrow rendering is drawn at its own size.
 */
export const BASE_FONT_SIZE = 13;

/**
 * Space in pixels: above the first block and below the last (`edge`), between a label and what it
 * labels (`tight`), between two blocks (`gap`), and around the rule between two groups (`section`).
 */
export const SPACE = { edge: 4, tight: 4, gap: 10, section: 16 } as const;

export type Space = keyof typeof SPACE;

/**
 * Stacks blocks of known height top to bottom, each after the named space (the first after `edge`),
 * and returns each block's top and the height of the whole, `edge` included at the bottom.
 */
export function stackBlocks(blocks: readonly { height: number; space: Space }[]): { tops: number[]; height: number } {
  let y = 0;
  const tops = blocks.map((block, i) => {
    const top = y + SPACE[i === 0 ? 'edge' : block.space];
    y = top + block.height;
    return top;
  });
  return { tops, height: Math.ceil(y + SPACE.edge) };
}

/**
 * The cell of a unit chart (one square per unit) `columns` to a row in `width` pixels: whole pixels,
 * so a waffle's squares are crisp and evenly spaced (its pattern tile is exactly one cell), with a
 * gap of about a fifth of the cell, never under 1 px. A grid of whole cells may leave a few pixels
 * free at its right edge.
 */
export function unitCell(width: number, columns: number): { cell: number; gap: number } {
  const cell = Math.max(2, Math.floor(width / columns));
  return { cell, gap: Math.max(1, Math.round(cell * 0.18)) };
}
