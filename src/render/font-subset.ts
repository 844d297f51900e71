/**
 * Font options for rasterising one SVG quickly. resvg parses every font file it is given for every
 * image, and Noto Sans SC is 10 MB per weight: about 0.6 s per PNG. Subsetting both weights to the
 * characters the SVG uses (about 30 ms each, ~60 KB) makes each PNG several times faster. A subset
 * draws exactly what the full font draws (test/unit/render/font-subset.test.ts), so one subset
 * serves every later chart whose characters it already holds: the build keeps the union of what it
 * has drawn and subsets again only when a chart brings new characters. Subsets are written once per
 * character set to the project's git-ignored `.cache/font-subsets/` and reused by later builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { RASTER_FONT_FAMILY, RASTER_FONT_FILES } from './raster-fonts.ts';

const DIR = path.join(process.cwd(), '.cache', 'font-subsets');
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

/** Above this many characters a new union starts afresh, so the subset resvg parses stays small. */
const UNION_LIMIT = 4000;
let union: { characters: Set<string>; files: Promise<string[]> } | undefined;

/** A subset holding every character of `characters`: the current union's, or a new, larger union. */
function subsetHolding(characters: string): Promise<string[]> {
  const needed = [...characters];
  if (union && needed.every((char) => union?.characters.has(char))) return union.files;
  const grown = new Set(union && union.characters.size < UNION_LIMIT ? union.characters : []);
  for (const char of needed) grown.add(char);
  const key = [...grown].sort().join('');
  let files = pending.get(key);
  if (!files) {
    files = subsetFiles(key);
    pending.set(key, files);
  }
  union = { characters: grown, files };
  return files;
}

/** resvg font options with only our fonts, subset to (at least) what `svg` draws. */
export async function fontOptionsFor(svg: string): Promise<ResvgRenderOptions['font']> {
  return {
    loadSystemFonts: false,
    fontFiles: await subsetHolding(svgCharacters(svg)),
    defaultFontFamily: RASTER_FONT_FAMILY,
    sansSerifFamily: RASTER_FONT_FAMILY,
  };
}
