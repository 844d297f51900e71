/**
 * Text around a chart's graphic: its headline, key and notes as caption blocks in the margins above
 * and below Plot's frame, each caption in one of a few text roles (size, weight, colour), wrapped
 * to the column with src/text/measure-text.ts, so Chinese breaks inside the width.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { lineHeight, wrapLines } from '../text/measure-text.ts';
import { BASE_FONT_SIZE, SPACE } from './chart-layout.ts';

/** Side of a key's square, and the space between it and its text. */
const KEY = { size: 12, gap: 6 } as const;

/** What a piece of text is, which sets its size, weight and colour. */
const ROLES = {
  /** The figure the chart is about, large and in the chart's colour. */
  headline: { fontSize: 16, fontWeight: 700, fill: color('ink') },
  /** A name: a site, a stage. */
  heading: { fontSize: BASE_FONT_SIZE, fontWeight: 700, fill: color('ink') },
  /** What the reader needs to read the chart. */
  body: { fontSize: BASE_FONT_SIZE, fontWeight: 400, fill: color('ink') },
  /** Keys, caveats, dates: secondary. */
  note: { fontSize: BASE_FONT_SIZE, fontWeight: 400, fill: color('muted') },
} as const;

export type TextRole = keyof typeof ROLES;

/** A piece of text in a caption block. */
export interface Caption {
  text: string;
  role: TextRole;
  /** A colour other than the role's (a headline in the chart's colour). */
  fill?: string;
  /** Names the mark group in the SVG (`mark-…`), for tests and styling. */
  className: string;
}

/** Captions read as one block, line after line. */
export interface CaptionBlock {
  captions: readonly Caption[];
  /** A key: a square of this colour before the first line; the block's text is indented past it. */
  key?: string;
}

/** Font size and line height in pixels of a role. */
export function textStyle(role: TextRole): { fontSize: number; lineHeight: number } {
  const { fontSize } = ROLES[role];
  return { fontSize, lineHeight: lineHeight(fontSize) };
}

interface PlacedCaption {
  caption: Caption;
  lines: string[];
  /** Offset of the first line's top from the block's top. */
  top: number;
}

function indentOf(block: CaptionBlock): number {
  return block.key === undefined ? 0 : KEY.size + KEY.gap;
}

/** The block's captions wrapped to `width`, each with its offset from the block's top. */
function placeBlock(block: CaptionBlock, width: number): { placed: PlacedCaption[]; height: number } {
  let height = 0;
  const placed: PlacedCaption[] = [];
  for (const caption of block.captions) {
    if (caption.text === '') continue;
    const style = textStyle(caption.role);
    const lines = wrapLines(caption.text, width - indentOf(block), style.fontSize);
    placed.push({ caption, lines, top: height });
    height += lines.length * style.lineHeight;
  }
  return { placed, height };
}

/** Height in pixels of a caption block laid out at `width`. */
export function blockHeight(block: CaptionBlock, width: number): number {
  return placeBlock(block, width).height;
}

/** Plot's size options: the frame is the graphic, the margins hold the captions. */
export type FrameSize = Required<
  Pick<Plot.PlotOptions, 'width' | 'height' | `margin${'Top' | 'Right' | 'Bottom' | 'Left'}`>
>;

export interface CaptionedFrameOptions {
  above?: CaptionBlock;
  below?: CaptionBlock;
  /** Room to keep under the frame whatever `below` holds (the tallest of a chart's states). */
  reserveBelow?: number;
}

/** The marks of a caption block whose top is `dy` pixels from the frame's top or bottom edge. */
function blockMarks(block: CaptionBlock, width: number, anchor: 'top-left' | 'bottom-left', dy: number) {
  const { placed } = placeBlock(block, width);
  const indent = indentOf(block);
  const marks: Plot.Markish[] = placed.map(({ caption, lines, top }) => {
    const { fontSize, fontWeight, fill } = ROLES[caption.role];
    return Plot.text([lines.join('\n')], {
      frameAnchor: anchor,
      facet: 'super',
      dx: indent,
      dy: dy + top,
      text: (d: string) => d,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight(fontSize) / fontSize,
      ...(fontSize === BASE_FONT_SIZE ? {} : { fontSize }),
      ...(fontWeight === 400 ? {} : { fontWeight }),
      fill: caption.fill ?? fill,
      className: caption.className,
    });
  });
  const first = placed[0];
  if (block.key !== undefined && first) {
    // Level with the middle of the first line.
    const middle = dy + textStyle(first.caption.role).lineHeight / 2;
    marks.push(
      Plot.dot([block.key], {
        frameAnchor: anchor,
        facet: 'super',
        dx: KEY.size / 2,
        dy: middle,
        symbol: 'square',
        r: KEY.size / Math.sqrt(Math.PI),
        fill: block.key,
        className: 'mark-key',
      }),
    );
  }
  return marks;
}

/**
 * Plot's size options for a graphic `frameHeight` pixels tall at `width`, with caption blocks in
 * the margins above and below it, and the marks that draw them. The chart lays out its graphic in
 * the frame with Plot's scales; everything around it is placed here.
 */
export function captionedFrame(
  width: number,
  frameHeight: number,
  { above, below, reserveBelow = 0 }: CaptionedFrameOptions,
): { size: FrameSize; marks: Plot.Markish[] } {
  const aboveHeight = above ? blockHeight(above, width) : 0;
  const belowHeight = Math.max(below ? blockHeight(below, width) : 0, reserveBelow);
  const marginTop = aboveHeight > 0 ? SPACE.edge + aboveHeight + SPACE.gap : SPACE.edge;
  const room = belowHeight > 0 ? SPACE.gap + belowHeight + SPACE.edge : SPACE.edge;
  // Whole pixels for the SVG; the frame keeps its exact height, the bottom margin takes the rest.
  const height = Math.ceil(marginTop + frameHeight + room);
  const marginBottom = height - marginTop - frameHeight;
  const marks = [
    ...(above ? blockMarks(above, width, 'top-left', SPACE.edge - marginTop) : []),
    ...(below ? blockMarks(below, width, 'bottom-left', SPACE.gap) : []),
  ];
  return { size: { width, height, marginTop, marginRight: 0, marginBottom, marginLeft: 0 }, marks };
}
