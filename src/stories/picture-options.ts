/**
 * What Picture.astro and BeforeAfter.astro share: how astro:assets renders a story picture
 * (formats, widths, sizes) and the words around it (the illustration notice, the date line, the
 * slider's hint). The slider's spoken value is in slider-text.ts, which the browser also loads.
 */
import { formatChineseDate, formatEnglishDate } from '../text/format-number.ts';
import type { Bilingual, Lang } from '../text/lang.ts';

/**
 * Widths in the srcset. The story column is at most 38rem (40rem less padding); on a 360–430 px
 * phone a picture is 328–398 CSS px wide, so 2× screens pick 720 or 960 and 3× screens 960 or 1200.
 */
export const PICTURE_WIDTHS = [480, 720, 960, 1200];
/** The largest width, also used for the `<img src>` fallback and the width/height attributes. */
export const PICTURE_MAX_WIDTH = 1200;
/** How wide the picture is drawn: the column, less its 1rem padding on each side. */
export const PICTURE_SIZES = '(min-width: 40rem) 38rem, calc(100vw - 2rem)';
/** Modern formats first; browsers that know neither get the JPEG fallback. */
export const PICTURE_FORMATS: ('avif' | 'webp')[] = ['avif', 'webp'];
export const PICTURE_FALLBACK_FORMAT = 'jpg' as const;

/** Printed with every illustration, so it is never taken for a photo. */
export const ILLUSTRATION_NOTICE = '示意图，非实拍';

/** The illustration notice in each edition. */
export const ILLUSTRATION_NOTICES: Bilingual = { zh: ILLUSTRATION_NOTICE, en: 'Illustration, not a photograph' };

/** The slider's visible instruction. */
export const SLIDER_HINT = '拖动或用方向键比较整治前后';

/** The slider's instruction in each edition. */
export const SLIDER_HINTS: Bilingual = {
  zh: SLIDER_HINT,
  en: 'Drag, or use the arrow keys, to compare before and after',
};

/**
 * "2025年（据报道描述绘制，原报道未注明具体日期）" from a partial ISO date and its note; in English
 * "2025 (drawn from the report’s description…)".
 */
export function pictureDateText(date: string, note?: string, lang: Lang = 'zh'): string {
  if (lang === 'en') return note ? `${formatEnglishDate(date)} (${note})` : formatEnglishDate(date);
  return note ? `${formatChineseDate(date)}（${note}）` : formatChineseDate(date);
}

/** A picture's words as fields of content/pictures.json hold them, in both languages. */
interface PictureWords {
  alt: string;
  alt_en: string;
  caption: string;
  caption_en: string;
  credit: string;
  credit_en: string;
  place: string;
  place_en: string;
  date_note?: string | undefined;
  date_note_en?: string | undefined;
}

/** A picture's alt text, caption, credit, place and date note in `lang`'s edition. */
export function pictureText(
  picture: PictureWords,
  lang: Lang,
): { alt: string; caption: string; credit: string; place: string; dateNote: string | undefined } {
  return lang === 'en'
    ? {
        alt: picture.alt_en,
        caption: picture.caption_en,
        credit: picture.credit_en,
        place: picture.place_en,
        dateNote: picture.date_note_en,
      }
    : {
        alt: picture.alt,
        caption: picture.caption,
        credit: picture.credit,
        place: picture.place,
        dateNote: picture.date_note,
      };
}
