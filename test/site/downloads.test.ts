/**
 * Downloads for print and WeChat, in every edition: every chart at every data version has its SVG,
 * PNGs, CSV and JSON in Chinese (/downloads/) and in English (/en/downloads/); the PNGs have the
 * promised sizes; the text in them really rendered, Chinese and Latin (with the font the project
 * ships, not boxes, not blank); and the English CSV's header row is English.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { RESVG_FONT_OPTIONS } from '../../src/render/raster-fonts.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { loadCatalog } from '../../src/data/catalog.ts';
import { downloadUrls } from '../../src/embed/urls.ts';
import { LANGS } from '../../src/text/lang.ts';
import { glyphsDistinct, inkRatio, toGray } from '../helpers/glyph-check.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const catalog = loadCatalog(ROOT, { includeDrafts: false });
const cases = CHARTS.flatMap((chart) =>
  (catalog.versions.get(chart.dataset) ?? []).flatMap((v) => LANGS.map((lang) => [chart.id, v.version, lang] as const)),
);
const HAN = /\p{Script=Han}/u;
const file = (url: string) => path.join(DIST, url);

describe.each(cases)('%s v%i (%s)', (id, version, lang) => {
  const urls = downloadUrls(id, version, lang);
  const en = lang === 'en';

  test('all five files exist', () => {
    for (const url of Object.values(urls)) expect(existsSync(file(url)), url).toBe(true);
  });

  test('PNG sizes: WeChat 1354 px wide (677 px column at 2×), social 1200×675', async () => {
    const wechat = await sharp(file(urls.pngWechat)).metadata();
    expect(wechat.width).toBe(1354);
    expect(wechat.height).toBeGreaterThan(300);
    expect(wechat.height).toBeLessThan(4000);
    const social = await sharp(file(urls.pngSocial)).metadata();
    expect([social.width, social.height]).toEqual([1200, 675]);
  });

  test('the SVG stands alone: xmlns, declared fonts, resolved colours, title and credits', () => {
    const svg = readFileSync(file(urls.svg), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("font-family=\"'Noto Sans SC'");
    expect(svg).not.toContain('var(--');
    expect(svg).toContain(en ? 'Source: ' : '来源：');
    expect(svg).toContain(en ? ` v${version}, as of ` : `第${version}版`);
    if (en) expect(svg).toContain('/en/charts/');
  });

  test("CSV (with BOM) and JSON carry the chart's table and its version", () => {
    const csv = readFileSync(file(urls.csv));
    expect(csv.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const json = JSON.parse(readFileSync(file(urls.json), 'utf8')) as {
      chart: string;
      version: number;
      rows: unknown[];
    };
    expect(json.chart).toBe(id);
    expect(json.version).toBe(version);
    expect(json.rows.length).toBeGreaterThan(0);
    const lines = csv.toString('utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(json.rows.length + 1);
    // The header row is the edition's: English words only in English, Chinese first in Chinese.
    expect(HAN.test(lines[0] ?? ''), lines[0]).toBe(!en);
  });

  test('the title in the WeChat PNG is real text (Chinese or Latin) drawn with the bundled font', async () => {
    const png = readFileSync(file(urls.pngWechat));
    // The title's first line sits at the top-left: 20 px padding, 22 px type, scaled 2×.
    const region = { left: 40, top: 28, width: 400, height: 52 };
    const crop = await toGray(png, region);
    expect(inkRatio(crop)).toBeGreaterThan(0.03);
    expect(inkRatio(crop)).toBeLessThan(0.6);
  });
});

describe('the glyph check itself', () => {
  test('the bundled Noto Sans SC draws distinct Chinese glyphs', async () => {
    const result = await glyphsDistinct([...'围挡长春绿地'], RESVG_FONT_OPTIONS);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  test('it catches blank output (no font at all)', async () => {
    const result = await glyphsDistinct([...'围挡'], { loadSystemFonts: false, fontFiles: [] });
    expect(result.ok).toBe(false);
  });

  test('it catches identical boxes', async () => {
    const result = await glyphsDistinct(['□', '□'], RESVG_FONT_OPTIONS);
    expect(result.ok).toBe(false);
  });

  test('the bundled Noto Sans SC draws distinct Latin letters for the English downloads', async () => {
    const result = await glyphsDistinct([...'HWOTA'], RESVG_FONT_OPTIONS);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  test('every Chinese character the downloads print exists in the bundled font', async () => {
    const texts = CHARTS.flatMap((chart) => {
      const data = catalog.versions.get(chart.dataset)?.at(-1)?.data as never;
      return [chart.title(data), chart.reading(data), chart.note?.(data) ?? '', '来源数据第版截至年月日'];
    });
    const ideographs = [...new Set(texts.join('').match(/[\u4e00-\u9fff]/g) ?? [])];
    expect(ideographs.length).toBeGreaterThan(50);
    const result = await glyphsDistinct(ideographs, RESVG_FONT_OPTIONS);
    const missing = ideographs.filter((_char, i) => (result.inks[i] ?? 0) <= 0.02);
    expect(missing).toEqual([]);
    expect(result.minDifference).toBeGreaterThan(5);
  });
});
