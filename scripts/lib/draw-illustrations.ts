/**
 * Draws the story's illustrations (the article's photos are not available to us) and puts them
 * through the same pipeline a real photo takes: SVG scene → PNG with @resvg/resvg-js, using only the
 * bundled Noto Sans SC → progressive JPEG with sharp → content/pictures/illustrations/<id>.jpg.
 * Every illustration carries the burned-in notice "示意图，非实拍".
 *
 * The JPEGs are build outputs (ignored by git). Drawing is deterministic, so the same code gives
 * the same bytes on any machine; existing files are kept unless `force` is set.
 *
 * To replace an illustration with a real photo, an editor drops the photo into content/pictures/
 * and edits that picture's entry in content/pictures.json (file, kind "photo", alt, credit, date).
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { RESVG_FONT_OPTIONS } from '../../src/render/raster-fonts.ts';
import { noticeBand } from './illustrations/label.ts';
import { SCENES } from './illustrations/scenes.ts';
import { CANVAS } from './illustrations/svg.ts';

/** Where illustrations are written, relative to the project root. */
export const ILLUSTRATIONS_DIR = 'content/pictures/illustrations';

/** JPEG settings: good enough for flat colours at phone sizes, progressive for slow networks. */
export const ILLUSTRATION_JPEG = { quality: 80, progressive: true, mozjpeg: true, chromaSubsampling: '4:2:0' } as const;

/** The ids that have a scene; `content/pictures.json` refers to them as `illustrations/<id>.jpg`. */
export const ILLUSTRATION_IDS: readonly string[] = Object.keys(SCENES);

/** The complete SVG of one illustration, notice included. */
export function illustrationSvg(id: string): string {
  const scene = SCENES[id];
  if (!scene) throw new Error(`No illustration is drawn for "${id}". Known: ${ILLUSTRATION_IDS.join(', ')}`);
  const { width, height } = CANVAS;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    scene.draw() +
    noticeBand(scene.corner) +
    '</svg>'
  );
}

/** Rasterises and encodes one illustration to JPEG bytes. */
export async function renderIllustration(id: string): Promise<Buffer> {
  const resvg = new Resvg(illustrationSvg(id), {
    font: RESVG_FONT_OPTIONS,
    fitTo: { mode: 'original' },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
  });
  const png = resvg.render().asPng();
  return sharp(png).flatten({ background: '#ffffff' }).jpeg(ILLUSTRATION_JPEG).toBuffer();
}

/**
 * Draws every illustration that is missing (or all of them with `force`) into
 * `<root>/content/pictures/illustrations/`. Returns the project-relative paths it wrote.
 */
export async function drawIllustrations(root: string, options: { force?: boolean } = {}): Promise<string[]> {
  const dir = path.join(root, ILLUSTRATIONS_DIR);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const id of ILLUSTRATION_IDS) {
    const target = path.join(dir, `${id}.jpg`);
    if (!options.force && existsSync(target)) continue;
    const bytes = await renderIllustration(id);
    // Write beside the target, then rename: a build never sees half a JPEG.
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, target);
    written.push(`${ILLUSTRATIONS_DIR}/${id}.jpg`);
  }
  return written;
}
