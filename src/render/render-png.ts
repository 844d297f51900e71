/**
 * Rasterises a standalone chart SVG to PNG with resvg and the bundled Noto Sans SC (never the
 * machine's fonts, so Chinese renders the same on a fresh CI machine): the WeChat size (677 px
 * column at 2×) and the 1200×675 social card.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { COLORS } from '../design/tokens.ts';
import { fontOptionsFor } from './font-subset.ts';
import type { StandaloneSvg } from './standalone-svg.ts';

/** WeChat article column width in CSS pixels. */
export const WECHAT_COLUMN = 677;
export const SOCIAL = { width: 1200, height: 675 } as const;

/** PNG of `standalone` scaled to `pixelWidth` pixels wide. */
export async function svgToPng(standalone: StandaloneSvg, pixelWidth: number): Promise<Buffer> {
  const resvg = new Resvg(standalone.svg, {
    fitTo: { mode: 'width', value: pixelWidth },
    font: await fontOptionsFor(standalone.svg),
    background: COLORS.paper.light,
  });
  return Buffer.from(resvg.render().asPng());
}

/** The social card: the chart scaled to fit 1200×675 and centred on the page colour. */
export async function socialCardPng(standalone: StandaloneSvg): Promise<Buffer> {
  const scale = Math.min(SOCIAL.width / standalone.width, SOCIAL.height / standalone.height);
  const width = Math.floor(standalone.width * scale);
  const image = await svgToPng(standalone, width);
  const { height = 0 } = await sharp(image).metadata();
  return sharp({ create: { width: SOCIAL.width, height: SOCIAL.height, channels: 3, background: COLORS.paper.light } })
    .composite([
      {
        input: image,
        left: Math.floor((SOCIAL.width - width) / 2),
        top: Math.max(0, Math.floor((SOCIAL.height - height) / 2)),
      },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
