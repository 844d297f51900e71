/**
 * What `back-street-works` draws: one panel per measure reported at a site, each in its own unit
 * (square metres, metres, covers) as the schema gives it, and the mark that counts it: squares of
 * 10 m² for paving and hedge (the same size in both panels), ticks of 1 m for curbs, circles for
 * manhole covers. A missing figure has no panel. When a panel would need more than
 * `MAX_MARKS_PER_PANEL` marks, a mark stands for 10, 100, … times as much (unit-scale.ts), the same
 * for every panel in the same unit, so squares of paving and of hedge stay comparable; the key says so.
 */
import type { ColorName } from '../../design/tokens.ts';
import type { BackStreets } from '../../schemas/back-streets.ts';
import type { Qualifier } from '../../schemas/fields.ts';
import { formatEnglishNumber, formatFigure } from '../../text/format-number.ts';
import type { Lang } from '../../text/lang.ts';
import { dataText } from '../data-text-en.ts';
import { figureField, type FigureField } from '../figure-fields.ts';
import { unitFor } from '../unit-scale.ts';

/** At most this many marks in one panel: 100,000 m² of paving (the schema's bound) draws 1,000 squares of 100 m². */
export const MAX_MARKS_PER_PANEL = 1000;

export type Shape = 'square' | 'tick' | 'circle';

/** A mark shape: its name with its measure word ("个小方格"), and how its per-mark key reads. */
const SHAPES: Record<Shape, { word: string; noun: string; key: string }> = {
  square: { word: '个', noun: '小方格', key: '每格' },
  tick: { word: '条', noun: '短竖线', key: '每条竖线' },
  circle: { word: '个', noun: '圆点', key: '每个圆点' },
};

/** The same in English: the shape's noun, singular and plural, and its key ("each square = 10 m²"). */
const SHAPES_EN: Record<Shape, { one: string; many: string; key: string }> = {
  square: { one: 'small square', many: 'small squares', key: 'each square' },
  tick: { one: 'short tick', many: 'short ticks', key: 'each tick' },
  circle: { one: 'dot', many: 'dots', key: 'each dot' },
};

type MeasureKey = 'paving_m2' | 'curbs_m' | 'manhole_covers' | 'lilac_hedge_m2';

export interface Measure {
  key: MeasureKey;
  /** Label and unit from the schema. */
  field: FigureField;
  /** What English counts when the schema's English unit is bare (座 → "cover", "covers"). */
  countNoun?: readonly [one: string, many: string];
  /** How much one mark stands for, in the field's unit. */
  perMark: number;
  shape: Shape;
  color: ColorName;
}

function measure(
  key: MeasureKey,
  perMark: number,
  shape: Shape,
  color: ColorName,
  countNoun?: readonly [string, string],
): Measure {
  return {
    key,
    field: figureField('back-streets', `sites.*.${key}`),
    perMark,
    shape,
    color,
    ...(countNoun ? { countNoun } : {}),
  };
}

/** The measures, in the order the article gives them. */
export const MEASURES: readonly Measure[] = [
  measure('paving_m2', 10, 'square', 'road'),
  measure('curbs_m', 1, 'tick', 'road'),
  measure('manhole_covers', 1, 'circle', 'road', ['cover', 'covers']),
  measure('lilac_hedge_m2', 10, 'square', 'green'),
];

/** An amount of a measure in English: "10 m²", "1 cover", "28 covers". */
function amountEn(measure: Measure, value: number): string {
  const unit = measure.field.unit_en;
  const noun = measure.countNoun ? ` ${value === 1 ? measure.countNoun[0] : measure.countNoun[1]}` : '';
  return unit === '' ? `${formatEnglishNumber(value)}${noun}` : `${formatEnglishNumber(value)} ${unit}`;
}

/**
 * "每格10平方米", "each square = 10 m²": what one mark stands for (`perMark`: the measure's own, or
 * scaled up for a large figure).
 */
export function perMarkText(measure: Measure, perMark: number = measure.perMark, lang: Lang = 'zh'): string {
  if (lang === 'en') return `${SHAPES_EN[measure.shape].key} = ${amountEn(measure, perMark)}`;
  return `${SHAPES[measure.shape].key}${perMark}${measure.field.unit}`;
}

/** One measure at one site, as reported. */
export interface Panel {
  siteId: string;
  siteName: string;
  district: string;
  measure: Measure;
  value: number;
  qualifier?: Qualifier;
  /** The value as the article writes it, e.g. "1300余平方米", or in English "more than 1,300 m²", "28". */
  text: string;
  /** How much one mark stands for: the measure's `perMark`, times 10, 100 … for a large figure. */
  perMark: number;
  /** Marks drawn: value ÷ per-mark, possibly fractional (the last mark is then partial). */
  marks: number;
}

/**
 * What one mark stands for, per unit (平方米, 米, 座): the measures' own `perMark` scaled so that no
 * panel in that unit needs more than `MAX_MARKS_PER_PANEL` marks.
 */
function perMarkByUnit(data: BackStreets): Map<string, number> {
  const out = new Map<string, number>();
  for (const unit of new Set(MEASURES.map((m) => m.field.unit))) {
    const measures = MEASURES.filter((m) => m.field.unit === unit);
    // The marks each measure needs at its own per-mark, in units of the smallest per-mark of this unit.
    const base = Math.min(...measures.map((m) => m.perMark));
    const needs = measures.flatMap((m) =>
      Object.values(data.sites).flatMap((site) => {
        const figure = site[m.key];
        return figure === undefined ? [] : [(m.field.value(figure) / m.perMark) * base];
      }),
    );
    out.set(unit, unitFor(needs, base, MAX_MARKS_PER_PANEL) / base);
  }
  return out;
}

/** The panels with their names and figures in `lang`. */
export function panels(data: BackStreets, lang: Lang = 'zh'): Panel[] {
  const scale = perMarkByUnit(data);
  const out: Panel[] = [];
  for (const [siteId, site] of Object.entries(data.sites)) {
    for (const measure of MEASURES) {
      const figure = site[measure.key];
      if (figure === undefined) continue;
      const value = measure.field.value(figure);
      const qualifier = typeof figure === 'number' ? undefined : figure.qualifier;
      const perMark = measure.perMark * (scale.get(measure.field.unit) ?? 1);
      out.push({
        siteId,
        siteName: dataText(site.name, lang),
        district: dataText(site.district, lang),
        measure,
        value,
        ...(qualifier ? { qualifier } : {}),
        text: measure.field.format(figure, lang),
        perMark,
        marks: value / perMark,
      });
    }
  }
  return out;
}

/** "55个小方格", "55 small squares", with a partial last mark and the "余" (more than) outline when there are any. */
export function markCountText(panel: Panel, lang: Lang = 'zh'): string {
  const whole = Math.floor(panel.marks);
  if (lang === 'en') {
    const shape = SHAPES_EN[panel.measure.shape];
    const partial = panel.marks > whole ? `, plus one ${shape.one} shortened in proportion` : '';
    const extra =
      panel.qualifier === 'more_than'
        ? ', followed by a dashed empty square for "more than", the remainder the article does not give'
        : '';
    return `${formatEnglishNumber(whole)} ${whole === 1 ? shape.one : shape.many}${partial}${extra}`;
  }
  const { word, noun } = SHAPES[panel.measure.shape];
  const partial = panel.marks > whole ? `，外加一${word}按比例缩短的${noun}` : '';
  const extra = panel.qualifier === 'more_than' ? '，后接一个虚线空格表示“余”，即文章未给出的零头' : '';
  return `${formatFigure(whole, word)}${noun}${partial}${extra}`;
}
