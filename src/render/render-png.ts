/**
 * Rasterises a standalone chart SVG to PNG with resvg and the bundled Noto Sans SC (never the
 * machine's fonts, so Chinese renders the same on a fresh CI machine): the WeChat size (677 px
 * column at 2×) and the 1200×675 social card. resvg renders on libuv's worker threads
 * (`renderAsync`), so with Astro's `build.concurrency` two PNGs render at once on two cores. The
 * social card is drawn in one resvg pass (the chart placed inside a 1200×675 SVG) and encoded once
 * by sharp: compositing a first PNG onto a canvas cost a decode and a second encode (~30 ms a card,
 * measured; see docs/BUILD-CACHE.md).
 */
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { COLORS } from '../design/tokens.ts';
import { fontOptionsFor } from './font-subset.ts';
import type { StandaloneSvg } from './standalone-svg.ts';

/** WeChat article column width in CSS pixels. */
export const WECHAT_COLUMN = 677;
export const SOCIAL = { width: 1200, height: 675 } as const;

/** PNG of `standalone` scaled to `pixelWidth` pixels wide. */
export async function svgToPng(standalone: StandaloneSvg, pixelWidth: number): Promise<Buffer> {
  const image = await renderAsync(standalone.svg, {
    fitTo: { mode: 'width', value: pixelWidth },
    font: await fontOptionsFor(standalone.svg),
    background: COLORS.paper.light,
  });
  return Buffer.from(image.asPng());
}

/** `standalone` as an SVG of the social card's size: the chart scaled to fit and centred on the page colour. */
export function socialCardSvg(standalone: StandaloneSvg): string {
  const scale = Math.min(SOCIAL.width / standalone.width, SOCIAL.height / standalone.height);
  const width = Math.floor(standalone.width * scale);
  const height = standalone.height * scale;
  const left = Math.floor((SOCIAL.width - width) / 2);
  const top = Math.max(0, Math.floor((SOCIAL.height - height) / 2));
  const root = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+"/;
  if (!root.test(standalone.svg)) throw new Error('socialCardSvg expects an SVG made by standaloneSvg.');
  // A nested <svg> keeps the chart's viewBox, so its width and height scale it.
  const placed = standalone.svg.replace(root, `<svg x="${left}" y="${top}" width="${width}" height="${height}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL.width}" height="${SOCIAL.height}" viewBox="0 0 ${SOCIAL.width} ${SOCIAL.height}">` +
    `<rect width="100%" height="100%" fill="${COLORS.paper.light}"/>${placed}</svg>`
  );
}

/** The social card PNG, 1200×675. */
export async function socialCardPng(standalone: StandaloneSvg): Promise<Buffer> {
  const image = await renderAsync(socialCardSvg(standalone), {
    font: await fontOptionsFor(standalone.svg),
    background: COLORS.paper.light,
  });
  // sharp's encoder at its default level: ~25 ms less than level 9 for ~15% more bytes (measured).
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png()
    .toBuffer();
}
