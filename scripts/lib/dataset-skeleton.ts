/**
 * The three things a new dataset is: a draft `data/<name>/v1.json` whose blanks say what to write
 * (each opens with 待填写, which the data check reports until it is filled), a schema skeleton
 * `src/schemas/<name>.ts` with the envelope every dataset shares, and its one entry in the dataset
 * registry `src/schemas/index.ts`. Pure text in, text out; `scripts/new-dataset.ts` writes the files.
 */
import { TO_FILL } from '../../src/data/to-fill.ts';

/** `flood-defences` → `floodDefences`. */
export function camelName(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `flood-defences` → `FloodDefences`. */
export function typeName(name: string): string {
  const camel = camelName(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * Version 1 of a new dataset: valid against the envelope, with every text the editor must write
 * marked 待填写. `today` (YYYY-MM-DD) stands in for the dates, which the notes ask to correct.
 */
export function datasetSkeleton(today: string): string {
  const year = today.slice(0, 4);
  const skeleton = {
    version: 1,
    as_of: today,
    as_of_note: `${TO_FILL}：数字截至哪一天？把 as_of 改成那一天（如 2025-07-11；只知道年份就写 ${year}），再把这一行改成日期的推算依据，或删去这一行。(To fill in: the day the figures were true. Set as_of to it, then say here how the date was worked out, or delete this line.)`,
    note: `${TO_FILL}：这一版从哪里来，先中文后英文，如“首个版本：全部数字摘自来源报道。(First version: every figure is taken from the source report.)”`,
    sources: [
      {
        publication: `${TO_FILL}：刊载媒体；来源没有写明时就写“未注明”。(To fill in: the outlet; say so when the source does not name it.)`,
        title: `${TO_FILL}：报道标题，一字不改。(To fill in: the report's headline, verbatim.)`,
        date: year,
        date_note: `${TO_FILL}：把 date 改成报道的刊发日期（如 2025-07-18），再删去这一行；日期要推算时在这里写明依据。(To fill in: set date to the day the report ran, then delete this line, or say how the date was worked out.)`,
        sentences: {},
      },
    ],
  };
  return `${JSON.stringify(skeleton, null, 2)}\n`;
}

/** The schema skeleton: the shared envelope, and a commented example of a figure field. */
export function schemaSkeleton(name: string, title: { zh: string; en: string }): string {
  return `/**
 * \`${name}\`: ${comment(title.zh)} (${comment(title.en)}). Say here what the dataset holds and which report it comes from.
 */
import { z } from 'zod';
import { envelopeShape } from './envelope.ts';

export const ${camelName(name)}Schema = z.strictObject({
  ...envelopeShape,
  // One line per figure, with a doc comment; the builders in ./fields.ts (count, measure, approx,
  // textList, keyedRecords) carry the label and unit that prose, charts and downloads show, and the
  // plausible range of the figure, chosen from what it means (not from today's value). E.g.:
  //   /** Hoardings rectified (整治围挡), city-wide; a city has at most 100,000. */
  //   sites_rectified: count('整治围挡', 'Hoardings rectified', '处', {
  //     max: 100_000,
  //     why: ['一座城市的围挡不会超过10万处', 'a city has at most 100,000 hoardings'],
  //   }),
});

export type ${typeName(name)} = z.infer<typeof ${camelName(name)}Schema>;
`;
}

/** Text safe inside a block comment. */
function comment(text: string): string {
  return text.replaceAll('*/', '* /');
}

/** Where the registry's schema imports end and its entries close; the lines are added there. */
const IMPORT = /^import \{ \w+Schema \} from '\.\/[a-z0-9-]+\.ts';$/;
const REGISTRY_START = 'export const DATASET_SCHEMAS = {';

/**
 * `src/schemas/index.ts` with the new dataset registered: its schema import (kept in file-name
 * order) and its one entry line. Throws a plain Error if the file no longer has that shape: that is
 * for a developer, who changed the registry, not for an editor.
 */
export function registerDataset(source: string, name: string, title: { zh: string; en: string }): string {
  const lines = source.split('\n');
  const importAt = lines.flatMap((line, index) => (IMPORT.test(line) ? [index] : []));
  const start = lines.indexOf(REGISTRY_START);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('}'));
  const first = importAt[0];
  const last = importAt.at(-1);
  if (first === undefined || last === undefined || start === -1 || end === -1) {
    throw new Error(`src/schemas/index.ts no longer has the shape scripts/lib/dataset-skeleton.ts expects`);
  }
  const key = name.includes('-') ? quoted(name) : name;
  const entry = `  ${key}: dataset(${camelName(name)}Schema, ${quoted(title.zh)}, ${quoted(title.en)}),`;
  const importLine = `import { ${camelName(name)}Schema } from './${name}.ts';`;
  const block = lines.slice(first, last + 1);
  // Kept in file-name order when the schema imports form one block, as they do; else added after them.
  const fileName = (line: string) => line.split("'")[1] ?? '';
  const imports = block.every((line) => IMPORT.test(line))
    ? [...block, importLine].sort((a, b) => fileName(a).localeCompare(fileName(b), 'en'))
    : [...block, importLine];
  return [...lines.slice(0, first), ...imports, ...lines.slice(last + 1, end), entry, ...lines.slice(end)].join('\n');
}

/** A TypeScript string literal in the house style (single quotes). */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
