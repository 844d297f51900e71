/**
 * What `back-street-works` draws: one panel per measure reported at a site, each in its own unit
 * (square metres, metres, covers) as the schema gives it, and the mark that counts it: squares of
 * 10 m² for paving and hedge (the same size in both panels), ticks of 1 m for curbs, circles for
 * manhole covers. A missing figure has no panel.
 */
import type { ColorName } from '../../design/tokens.ts';
import type { BackStreets } from '../../schemas/back-streets.ts';
import type { Qualifier } from '../../schemas/fields.ts';
import { formatFigure } from '../../text/format-number.ts';
import { figureField, type FigureField } from '../figure-fields.ts';

export type Shape = 'square' | 'tick' | 'circle';

/** A mark shape: its name with its measure word ("个小方格"), and how its per-mark key reads. */
const SHAPES: Record<Shape, { word: string; noun: string; key: string }> = {
  square: { word: '个', noun: '小方格', key: '每格' },
  tick: { word: '条', noun: '短竖线', key: '每条竖线' },
  circle: { word: '个', noun: '圆点', key: '每个圆点' },
};

type MeasureKey = 'paving_m2' | 'curbs_m' | 'manhole_covers' | 'lilac_hedge_m2';

export interface Measure {
  key: MeasureKey;
  /** Label and unit from the schema. */
  field: FigureField;
  /** How much one mark stands for, in the field's unit. */
  perMark: number;
  shape: Shape;
  color: ColorName;
}

function measure(key: MeasureKey, perMark: number, shape: Shape, color: ColorName): Measure {
  return { key, field: figureField('back-streets', `sites.*.${key}`), perMark, shape, color };
}

/** The measures, in the order the article gives them. */
export const MEASURES: readonly Measure[] = [
  measure('paving_m2', 10, 'square', 'road'),
  measure('curbs_m', 1, 'tick', 'road'),
  measure('manhole_covers', 1, 'circle', 'road'),
  measure('lilac_hedge_m2', 10, 'square', 'green'),
];

/** "每格10平方米": what one mark stands for. */
export function perMarkText(measure: Measure): string {
  return `${SHAPES[measure.shape].key}${measure.perMark}${measure.field.unit}`;
}

/** One measure at one site, as reported. */
export interface Panel {
  siteId: string;
  siteName: string;
  district: string;
  measure: Measure;
  value: number;
  qualifier?: Qualifier;
  /** The value as the article writes it, e.g. "1300余平方米". */
  text: string;
  /** Marks drawn: value ÷ per-mark, possibly fractional (the last mark is then partial). */
  marks: number;
}

export function panels(data: BackStreets): Panel[] {
  const out: Panel[] = [];
  for (const [siteId, site] of Object.entries(data.sites)) {
    for (const measure of MEASURES) {
      const figure = site[measure.key];
      if (figure === undefined) continue;
      const value = measure.field.value(figure);
      const qualifier = typeof figure === 'number' ? undefined : figure.qualifier;
      out.push({
        siteId,
        siteName: site.name,
        district: site.district,
        measure,
        value,
        ...(qualifier ? { qualifier } : {}),
        text: measure.field.format(figure),
        marks: value / measure.perMark,
      });
    }
  }
  return out;
}

/** "55个小方格", with a partial last mark and the "余" outline when there are any. */
export function markCountText(panel: Panel): string {
  const whole = Math.floor(panel.marks);
  const { word, noun } = SHAPES[panel.measure.shape];
  const partial = panel.marks > whole ? `，外加一${word}按比例缩短的${noun}` : '';
  const extra = panel.qualifier === 'more_than' ? '，后接一个虚线空格表示“余”，即文章未给出的零头' : '';
  return `${formatFigure(whole, word)}${noun}${partial}${extra}`;
}
