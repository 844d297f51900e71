/**
 * Tells whether Chinese text really rendered in a raster image: glyphs leave ink, and different
 * characters leave different ink. Missing fonts give blank images or identical "tofu" boxes.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export async function toGray(
  png: Buffer,
  region?: { left: number; top: number; width: number; height: number },
): Promise<Gray> {
  let image = sharp(png).flatten({ background: '#ffffff' }).greyscale();
  if (region) image = image.extract(region);
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
}

/** Share of pixels darker than mid-grey. */
export function inkRatio(image: Gray): number {
  let ink = 0;
  for (const value of image.pixels) if (value < 128) ink++;
  return ink / image.pixels.length;
}

/** Mean absolute difference between two same-sized images, 0–255. */
export function difference(a: Gray, b: Gray): number {
  if (a.pixels.length !== b.pixels.length) throw new Error('images differ in size');
  let total = 0;
  for (let i = 0; i < a.pixels.length; i++) total += Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0));
  return total / a.pixels.length;
}

/** Renders one line of text at 48 px on white with the given font options. */
export function renderText(text: string, font: ResvgRenderOptions['font'], width = 64 * [...text].length): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="64"><rect width="100%" height="100%" fill="#fff"/><text x="8" y="50" font-size="48" fill="#000">${text}</text></svg>`;
  return Buffer.from(new Resvg(svg, { font }).render().asPng());
}

/** Each character rendered alone; true when all leave ink and no two look alike. */
export async function glyphsDistinct(
  chars: string[],
  font: ResvgRenderOptions['font'],
): Promise<{ ok: boolean; inks: number[]; minDifference: number }> {
  const images = await Promise.all(chars.map((char) => toGray(renderText(char, font, 64))));
  const inks = images.map(inkRatio);
  let minDifference = Infinity;
  for (let i = 0; i < images.length; i++) {
    for (let j = i + 1; j < images.length; j++)
      minDifference = Math.min(minDifference, difference(images[i] as Gray, images[j] as Gray));
  }
  return { ok: inks.every((ink) => ink > 0.02) && minDifference > 5, inks, minDifference };
}
