/**
 * The font used wherever Chinese text is rasterised without a browser (illustrations, PNG chart
 * downloads): Noto Sans SC (SIL Open Font License), installed from npm as
 * @expo-google-fonts/noto-sans-sc and pinned by the lockfile, so a fresh machine with no CJK fonts
 * still renders Chinese, never boxes.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));

/** Family name as declared inside the font files. */
export const RASTER_FONT_FAMILY = 'Noto Sans SC';

export const RASTER_FONT_FILES = {
  regular: path.join(packageDir, '400Regular/NotoSansSC_400Regular.ttf'),
  bold: path.join(packageDir, '700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/** Options for @resvg/resvg-js: only our fonts, never the machine's. */
export const RESVG_FONT_OPTIONS = {
  loadSystemFonts: false,
  fontFiles: [RASTER_FONT_FILES.regular, RASTER_FONT_FILES.bold],
  defaultFontFamily: RASTER_FONT_FAMILY,
  sansSerifFamily: RASTER_FONT_FAMILY,
};
