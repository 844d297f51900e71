/**
 * A story's share card: the 1200×675 image link previews show (`og:image`), drawn at build time
 * from the story's own words (rubric, headline, standfirst, credit) with the font the PNG renderer
 * ships, never a screenshot. Headlines break between words only: lines are filled word by word.
 */
import { COLORS, FONT_STACK } from '../design/tokens.ts';
import { escapeXml } from '../text/escape-xml.ts';
import type { Lang } from '../text/lang.ts';
import { textWidth, wrapLines } from '../text/measure-text.ts';
import { SOCIAL, svgToPng } from './render-png.ts';
import type { StandaloneSvg } from './standalone-svg.ts';

/** What a card says. */
export interface StoryCard {
  /** The edition's language: how its words are told apart. */
  lang: Lang;
  /** Rubric above the headline, if the story has one. */
  kicker?: string;
  /** Headline, placeholders filled. */
  title: string;
  /** Standfirst, placeholders filled. */
  dek: string;
  /** The story's credit line, at the foot. */
  credit: string;
  /** The site's name, at the foot. */
  site: string;
}

const MARGIN = 80;
const INNER = SOCIAL.width - 2 * MARGIN;
const TITLE_SIZES = [68, 58] as const;
/** The smallest headline size: a headline that needs more than three lines at it is clipped. */
const TITLE_MIN_SIZE = 50;
const TITLE_MAX_LINES = 3;
const DEK_SIZE = 32;
const FOOT_RULE_Y = SOCIAL.height - 100;
/** At most `max` lines; the last one shown ends with an ellipsis, after a whole word, when text was left out. */
function clip(lines: string[], max: number, maxWidth: number, fontSize: number, lang: Lang): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // The last line, wrapped again with room for the ellipsis, keeps its first whole words.
  const room = maxWidth - textWidth('…', fontSize);
  kept[max - 1] = `${wrapLines(kept[max - 1] ?? '', room, fontSize, lang)[0] ?? ''}…`;
  return kept;
}

function textLines(lines: string[], top: number, size: number, leading: number, attributes: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${MARGIN}" y="${Math.round(top + size + i * size * leading)}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The card as SVG, 1200×675. */
export function storyCardSvg(card: StoryCard): StandaloneSvg {
  const { width, height } = SOCIAL;
  let y = 70;
  let markup = `<rect width="${width}" height="12" fill="${COLORS.hoarding.light}"/>`;
  if (card.kicker) {
    markup += textLines([card.kicker], y, 30, 1.3, `font-weight="700" fill="${COLORS.hoarding.light}"`);
    y += 30 * 1.3 + 24;
  }
  // The largest size that fits the headline in three lines; the smallest clips it.
  const titleSize =
    TITLE_SIZES.find((size) => wrapLines(card.title, INNER, size, card.lang).length <= TITLE_MAX_LINES) ??
    TITLE_MIN_SIZE;
  const title = clip(wrapLines(card.title, INNER, titleSize, card.lang), TITLE_MAX_LINES, INNER, titleSize, card.lang);
  markup += textLines(title, y, titleSize, 1.25, 'font-weight="700"');
  y += title.length * titleSize * 1.25 + 28;
  const dekRoom = Math.max(0, Math.floor((FOOT_RULE_Y - 24 - y) / (DEK_SIZE * 1.5)));
  const dek = clip(wrapLines(card.dek, INNER, DEK_SIZE, card.lang), dekRoom, INNER, DEK_SIZE, card.lang);
  markup += textLines(dek, y, DEK_SIZE, 1.5, `fill="${COLORS.muted.light}"`);
  markup += `<rect x="${MARGIN}" y="${FOOT_RULE_Y}" width="${INNER}" height="3" fill="${COLORS.ink.light}"/>`;
  markup += textLines([card.site], FOOT_RULE_Y + 16, 28, 1.3, 'font-weight="700"');
  const creditWidth = INNER - textWidth(card.site, 28) - 40;
  const credit = clip(wrapLines(card.credit, creditWidth, 22, card.lang), 1, creditWidth, 22, card.lang);
  markup += `<text x="${width - MARGIN}" y="${FOOT_RULE_Y + 16 + 28}" font-size="22" text-anchor="end" fill="${COLORS.muted.light}">${escapeXml(credit[0] ?? '')}</text>`;
  const fontFamily = `"Noto Sans SC", ${FONT_STACK}`.replace(/"/g, "'");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${fontFamily}" fill="${COLORS.ink.light}">` +
    `<rect width="100%" height="100%" fill="${COLORS.paper.light}"/>${markup}</svg>`;
  return { svg, width, height };
}

/** The card as PNG, 1200×675. */
export function storyCardPng(card: StoryCard): Promise<Buffer> {
  return svgToPng(storyCardSvg(card), SOCIAL.width);
}
