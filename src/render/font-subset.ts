/**
 * Font options for rasterising one SVG quickly. resvg parses every font file it is given for every
 * image, and Noto Sans SC is 10 MB per weight: about 0.6 s per PNG. Subsetting both weights to the
 * characters the SVG uses (about 0.1 s each, ~60 KB) makes each PNG several times faster. Subsets
 * are written once per character set to the system's temporary folder and reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { RASTER_FONT_FAMILY, RASTER_FONT_FILES } from './raster-fonts.ts';

const DIR = path.join(os.tmpdir(), 'story-font-subsets');
const pending = new Map<string, Promise<string[]>>();

/** Every character drawn as text in an SVG (entities decoded), plus digits and basic punctuation. */
export function svgCharacters(svg: string): string {
  const text = svg
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return [...new Set(`${text}0123456789.,%-–—·：，。（）`)].sort().join('');
}

/** Which font files the subsets come from: a new font version must not reuse old subsets. */
const FONT_ID = Object.values(RASTER_FONT_FILES)
  .map((file) => `${path.basename(file)}:${statSync(file).size}:${statSync(file).mtimeMs}`)
  .join('|');

async function subsetFiles(characters: string): Promise<string[]> {
  const hash = createHash('sha256').update(FONT_ID).update(characters).digest('hex').slice(0, 16);
  mkdirSync(DIR, { recursive: true });
  return Promise.all(
    Object.entries(RASTER_FONT_FILES).map(async ([weight, file]) => {
      const target = path.join(DIR, `${hash}-${weight}.ttf`);
      if (!existsSync(target)) {
        const subset = await subsetFont(readFileSync(file), characters, { targetFormat: 'truetype' });
        // Write then rename, so a parallel build never reads half a font.
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, subset);
        renameSync(temporary, target);
      }
      return target;
    }),
  );
}

/** resvg font options with only our fonts, subset to what `svg` draws. */
export async function fontOptionsFor(svg: string): Promise<ResvgRenderOptions['font']> {
  const characters = svgCharacters(svg);
  let files = pending.get(characters);
  if (!files) {
    files = subsetFiles(characters);
    pending.set(characters, files);
  }
  return {
    loadSystemFonts: false,
    fontFiles: await files,
    defaultFontFamily: RASTER_FONT_FAMILY,
    sansSerifFamily: RASTER_FONT_FAMILY,
  };
}
