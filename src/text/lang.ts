/**
 * The site's language editions. Chinese is the original and lives at the root (`/changchun/`); every
 * other edition lives under its own prefix (`/en/changchun/`), so a published Chinese URL never moves.
 */

/** An edition's language. */
export type Lang = 'zh' | 'en';

/** Every edition, the original first. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The original edition, at the root of the site. */
export const ORIGINAL_LANG: Lang = 'zh';

/** The BCP 47 tag for `lang` attributes, hreflang and `og:locale`-like uses. */
export const LANG_TAG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** The same text in every edition. */
export type Bilingual<T = string> = Readonly<Record<Lang, T>>;

/** A site path (starting with "/") in `lang`'s edition: the original keeps it, others add their prefix. */
export function localePath(lang: Lang, sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`A site path starts with "/": ${sitePath}`);
  return lang === ORIGINAL_LANG ? sitePath : `/${lang}${sitePath}`;
}

/** The edition a site path belongs to, and the path as the original edition would have it. */
export function splitLocalePath(sitePath: string): { lang: Lang; path: string } {
  for (const lang of LANGS) {
    if (lang === ORIGINAL_LANG) continue;
    const prefix = `/${lang}`;
    if (sitePath === prefix || sitePath.startsWith(`${prefix}/`))
      return { lang, path: sitePath.slice(prefix.length) || '/' };
  }
  return { lang: ORIGINAL_LANG, path: sitePath };
}
