/**
 * The burned-in notice on every illustration: a dark band in a top corner reading
 * "示意图，非实拍" (illustration, not a photo), large enough to read on a phone, so the picture
 * can never be passed off as a photograph, even when copied without its caption.
 */
import { CANVAS, PALETTE, group, rect, text } from './svg.ts';

/** The words burned into every illustration. */
export const ILLUSTRATION_NOTICE = '示意图，非实拍';
/** The smaller second line. */
export const ILLUSTRATION_NOTICE_DETAIL = '数据新闻组依据报道文字绘制';

const BOX = { width: 600, height: 168, margin: 32 } as const;

/** The band in the top-left or top-right corner. */
export function noticeBand(corner: 'left' | 'right'): string {
  const x = corner === 'left' ? BOX.margin : CANVAS.width - BOX.margin - BOX.width;
  const y = BOX.margin;
  return group([
    rect(x, y, BOX.width, BOX.height, '#161616', { rx: 14, opacity: 0.86 }),
    rect(x, y, 18, BOX.height, '#ffd23f', { rx: 0 }),
    text(ILLUSTRATION_NOTICE, {
      x: x + 48,
      y: y + 92,
      'font-family': 'Noto Sans SC',
      'font-weight': 700,
      'font-size': 74,
      fill: PALETTE.white,
    }),
    text(ILLUSTRATION_NOTICE_DETAIL, {
      x: x + 50,
      y: y + 142,
      'font-family': 'Noto Sans SC',
      'font-weight': 400,
      'font-size': 32,
      fill: '#e6e6e6',
    }),
  ]);
}
