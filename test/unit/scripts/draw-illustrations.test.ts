/**
 * Drawing the illustrations is deterministic (same code, same bytes, on any machine, with no
 * system fonts) and gives a progressive 1600×1000 JPEG with the "示意图，非实拍" notice burned in.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import {
  drawIllustrations,
  ILLUSTRATION_IDS,
  ILLUSTRATIONS_DIR,
  illustrationSvg,
} from '../../../scripts/lib/draw-illustrations.ts';
import { RESVG_FONT_OPTIONS } from '../../../src/render/raster-fonts.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempRoot(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'illustrations-'));
  temps.push(dir);
  return dir;
}

describe('drawIllustrations', () => {
  test('twice into two folders gives the same bytes, and a second run skips existing files', async () => {
    const [a, b] = [tempRoot(), tempRoot()];
    const first = await drawIllustrations(a);
    const second = await drawIllustrations(b, { force: true });
    expect(first).toEqual(ILLUSTRATION_IDS.map((id) => `${ILLUSTRATIONS_DIR}/${id}.jpg`));
    expect(second).toEqual(first);
    for (const file of first) {
      expect(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), file).toBe(true);
    }
    expect(await drawIllustrations(a)).toEqual([]);
    expect(await drawIllustrations(a, { force: true })).toEqual(first);
  }, 60_000);

  test('each is a progressive 1600×1000 JPEG of modest size', async () => {
    const root = tempRoot();
    const files = await drawIllustrations(root);
    for (const file of files) {
      const bytes = readFileSync(path.join(root, file));
      const meta = await sharp(bytes).metadata();
      expect(meta.format, file).toBe('jpeg');
      expect([meta.width, meta.height], file).toEqual([1600, 1000]);
      expect(meta.isProgressive, file).toBe(true);
      expect(bytes.length, file).toBeLessThan(250_000);
    }
  }, 60_000);

  test("the notice is in every drawing and rendered with the bundled font, not the system's", async () => {
    expect(RESVG_FONT_OPTIONS.loadSystemFonts).toBe(false);
    for (const id of ILLUSTRATION_IDS) expect(illustrationSvg(id)).toContain('示意图，非实拍');
    // The band is dark; its text is white. Without a font the band would be a plain dark box.
    const root = tempRoot();
    await drawIllustrations(root);
    const left = path.join(root, ILLUSTRATIONS_DIR, 'xinmin-pocket-park.jpg');
    const band = await sharp(left).extract({ left: 90, top: 60, width: 520, height: 80 }).greyscale().raw().toBuffer();
    const bright = band.filter((value) => value > 200).length / band.length;
    const dark = band.filter((value) => value < 60).length / band.length;
    expect(bright).toBeGreaterThan(0.08);
    expect(dark).toBeGreaterThan(0.4);
  }, 60_000);

  test('an unknown id is refused by name', () => {
    expect(() => illustrationSvg('no-such-picture')).toThrow(/no-such-picture/);
  });
});
