/**
 * The label and unit of a dataset's figure, read from its schema (`count`, `measure`, `approx` in
 * src/schemas/fields.ts), so a chart never types a unit again: if the schema says 平方米, every
 * chart, table and text alternative says 平方米.
 */
import { metaOf, schemaAt } from '../data/schema-at.ts';
import { readFigure, type FigureMeta } from '../schemas/fields.ts';
import { DATASET_SCHEMAS, type DatasetId } from '../schemas/index.ts';
import { formatEnglishFigure, formatFigure } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';

/** A figure field: the schema's metadata and a formatter that uses its unit. */
export interface FigureField extends Omit<FigureMeta, 'unit_en'> {
  /** The English unit; the Chinese one when the schema's unit has no English form yet. */
  unit_en: string;
  /**
   * The value with the schema's unit and the article's qualifier: "636处", "1300余平方米", "近30%";
   * in English (`lang` 'en'): "636", "more than 1,300 m²", "nearly 30%".
   */
  format: (figure: unknown, lang?: Lang) => string;
  /** The schema's label in `lang`: "整治围挡" or "Hoardings rectified". */
  labelIn: (lang: Lang) => string;
  /** The schema's unit in `lang`: "平方米" or "m²". */
  unitIn: (lang: Lang) => string;
  /** The number alone, whether the field stores a number or `{ value, qualifier }`. */
  value: (figure: unknown) => number;
}

/**
 * The figure field at `path` in `dataset`'s schema, e.g. `figureField('enclosures', 'sites_rectified')`;
 * `*` stands for any key of a keyed record (`sites.*.hoarding_area_m2`). Throws when the path is not a
 * figure: that is a mistake in a chart's code, found by the first test that loads the chart.
 */
export function figureField(dataset: DatasetId, path: string): FigureField {
  const at = schemaAt(DATASET_SCHEMAS[dataset], path.split('.'));
  const meta = at ? metaOf(at) : undefined;
  if (meta?.['figure'] !== true) throw new Error(`${dataset}.${path} is not a figure in the dataset's schema`);
  const unit = String(meta['unit'] ?? '');
  // A unit without its English form stays Chinese in the English edition (and the tests say so).
  const unit_en = typeof meta['unit_en'] === 'string' ? meta['unit_en'] : unit;
  const label = String(meta['label']);
  const label_en = String(meta['label_en']);
  return {
    label,
    label_en,
    unit,
    unit_en,
    figure: true,
    format: (figure, lang = 'zh') => {
      const { value, qualifier } = readFigure(figure);
      return lang === 'en' ? formatEnglishFigure(value, unit_en, qualifier) : formatFigure(value, unit, qualifier);
    },
    labelIn: (lang) => (lang === 'en' ? label_en : label),
    unitIn: (lang) => (lang === 'en' ? unit_en : unit),
    value: (figure) => readFigure(figure).value,
  };
}
