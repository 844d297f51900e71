/**
 * Rasterises a standalone chart SVG to PNG with resvg and the bundled Noto Sans SC (never the
 * machine's fonts, so Chinese renders the same on a fresh CI machine): the WeChat size (677 px
 * column at 2×) and the 1200×675 social card. resvg renders on libuv's worker threads
 * (`renderAsync`), so with Astro's `build.concurrency` two PNGs render at once on two cores. The
 * social card is drawn in one resvg pass (the chart placed inside a 1200×675 SVG) and encoded once
 * by sharp: compositing a first PNG onto a canvas cost a decode and a second encode (~30 ms a card,
 * measured; see docs/BUILD-CACHE.md). Each PNG is kept in the content-addressed store (png-store.ts),
 * so an SVG drawn once is never rasterised again.
 */
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { COLORS } from '../design/tokens.ts';
import { fontOptionsFor } from './font-subset.ts';
import { openPngStore, type PngStore } from './png-store.ts';
import type { StandaloneSvg } from './standalone-svg.ts';

/** WeChat article column width in CSS pixels. */
export const WECHAT_COLUMN = 677;
export const SOCIAL = { width: 1200, height: 675 } as const;

let store: PngStore | undefined;

/** The store of the project being built (opened on first use: it hashes the raster code once). */
export function pngStore(): PngStore {
  return (store ??= openPngStore(process.cwd()));
}

/** Draws `standalone` as a PNG `pixelWidth` pixels wide (always: the store is not asked). */
export async function drawPng(standalone: StandaloneSvg, pixelWidth: number): Promise<Buffer> {
  const image = await renderAsync(standalone.svg, {
    fitTo: { mode: 'width', value: pixelWidth },
    font: await fontOptionsFor(standalone.svg),
    background: COLORS.paper.light,
  });
  return Buffer.from(image.asPng());
}

/** PNG of `standalone` scaled to `pixelWidth` pixels wide, from the store when drawn before. */
export function svgToPng(standalone: StandaloneSvg, pixelWidth: number): Promise<Buffer> {
  const inputs = ['width', pixelWidth, COLORS.paper.light, standalone.svg];
  return pngStore().get(inputs, () => drawPng(standalone, pixelWidth));
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

/** Draws the social card PNG, 1200×675 (always: the store is not asked). */
export async function drawSocialCard(standalone: StandaloneSvg): Promise<Buffer> {
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

/** The social card PNG, 1200×675, from the store when drawn before. */
export function socialCardPng(standalone: StandaloneSvg): Promise<Buffer> {
  return pngStore().get(['social', COLORS.paper.light, standalone.svg], () => drawSocialCard(standalone));
}
