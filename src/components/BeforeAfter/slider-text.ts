/**
 * The slider's numbers and words, shared by the server render and the browser (so it stays free of
 * anything the page does not need).
 */

/** Keeps a slider value a whole number from 0 to 100; anything unreadable becomes 50. */
export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 50;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * What a screen reader says for the slider at `value` (the share of the frame showing the "before"
 * picture, which sits on the left): 30 gives "整治后占 70%，整治前占 30%", in English "After 70%, before 30%".
 */
export function sliderValueText(value: number, beforeLabel = '整治前', afterLabel = '整治后', lang = 'zh'): string {
  const before = clampPercent(value);
  // `lang` is a string here, not the site's Lang type: the browser reads it from a data- attribute.
  if (lang === 'en') return `${afterLabel} ${100 - before}%, ${beforeLabel.toLowerCase()} ${before}%`;
  return `${afterLabel}占 ${100 - before}%，${beforeLabel}占 ${before}%`;
}
