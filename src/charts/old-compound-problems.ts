/**
 * `old-compound-problems`: the problems solved in old residential compounds as a unit chart, one
 * small square per ten problems, in blocks of a hundred squares (a thousand problems): a Plot waffle
 * per block, the blocks laid out as facets. The article names kinds of problem but gives no count
 * per kind, so they are listed as text, not drawn. Past `MAX_SQUARES` squares a square stands for
 * 100, 1,000, … problems (unit-scale.ts), and the key says so: the chart's cost never grows with the
 * figure.
 */
import { inSentence } from '../text/sentence-case.ts';
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseNumber, formatEnglishNumber, formatFigure } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';
import type { OldCompounds } from '../schemas/old-compounds.ts';
import { defineChart } from './chart-definition.ts';
import { captionedFrame } from './chart-captions.ts';
import { SPACE, unitCell } from './chart-layout.ts';
import { dataText } from './data-text-en.ts';
import { figureField } from './figure-fields.ts';
import { unitFor } from './unit-scale.ts';

/** Problems per square, unless the figure would need more than `MAX_SQUARES` squares. */
export const PROBLEMS_PER_UNIT = 10;
/** At most this many squares (20 blocks): 10 million problems (the schema's bound) draw 1,000 squares of 10,000. */
export const MAX_SQUARES = 2000;
/** Squares per block side: a block is 10 × 10 squares. */
const BLOCK_SIDE = 10;
const BLOCK_UNITS = BLOCK_SIDE * BLOCK_SIDE;
const NO_BREAKDOWN = { zh: '文章未给出分项数量', en: 'the article gives no count per kind' } as const;
const SOLVED = figureField('old-compounds', 'problems_solved');
const STANDARDS = figureField('old-compounds', 'standard_categories');

/** A block of up to a thousand problems, at its place in the rows of blocks. */
interface Block {
  column: number;
  row: number;
  problems: number;
}

/** Problems per square: `PROBLEMS_PER_UNIT`, or 10, 100 … times it when that would take too many squares. */
export function problemsPerSquare(data: OldCompounds): number {
  return unitFor([data.problems_solved], PROBLEMS_PER_UNIT, MAX_SQUARES);
}

/** Whole squares, plus one partial square for any remainder. */
function squares(data: OldCompounds): { whole: number; remainder: number } {
  const per = problemsPerSquare(data);
  const whole = Math.floor(data.problems_solved / per);
  return { whole, remainder: data.problems_solved - whole * per };
}

/** The kinds of problem the article names, in `lang`: "路面破损、绿化修复", "damaged road surfaces, greenery repairs". */
function kindsList(data: OldCompounds, lang: Lang): string {
  return data.problem_kinds_named.map((kind) => dataText(kind, lang)).join(lang === 'en' ? ', ' : '、');
}

/** "9340个问题", "9,340 problems". */
function problemsText(count: number, lang: Lang): string {
  return lang === 'en'
    ? `${formatEnglishNumber(count)} problem${count === 1 ? '' : 's'}`
    : formatFigure(count, `${SOLVED.unit}问题`);
}

function kindsLine(data: OldCompounds, lang: Lang): string {
  return lang === 'en'
    ? `Kinds of problem the article names: ${kindsList(data, lang)} and others (${NO_BREAKDOWN.en})`
    : `文中列举的问题类型：${kindsList(data, lang)}等（${NO_BREAKDOWN.zh}）`;
}

function standardsLine(data: OldCompounds, lang: Lang): string {
  return lang === 'en'
    ? `Changchun drew up rectification standards for ${STANDARDS.format(data.standard_categories, lang)} categories of problem`
    : `长春市制定了${STANDARDS.format(data.standard_categories)}${STANDARDS.label}`;
}

function unitLine(data: OldCompounds, lang: Lang): string {
  const per = problemsPerSquare(data);
  return lang === 'en'
    ? `Each small square = ${problemsText(per, lang)}; each large block = ${problemsText(BLOCK_UNITS * per, lang)}`
    : `每个小方格 = ${per}${SOLVED.unit}问题；每个大方块 = ${BLOCK_UNITS * per}${SOLVED.unit}问题`;
}

export const oldCompoundProblems = defineChart({
  id: 'old-compound-problems',
  dataset: 'old-compounds',
  title: (data, lang) =>
    lang === 'en'
      ? `${problemsText(data.problems_solved, lang)} solved in old residential compounds`
      : `老旧小区已解决问题${SOLVED.format(data.problems_solved)}`,
  reading: (data, lang) =>
    lang === 'en'
      ? `Each small square stands for ${problemsText(problemsPerSquare(data), lang)}, ${formatEnglishNumber(data.problems_solved)} in all; the article does not say how many there were of each kind.`
      : `每个小方格代表${problemsPerSquare(data)}${SOLVED.unit}问题，共${SOLVED.format(data.problems_solved)}；文章没有给出各类问题分别有多少。`,
  describe: (data, _state, lang) => {
    const { whole, remainder } = squares(data);
    const per = problemsPerSquare(data);
    if (lang === 'en') {
      const partial =
        remainder > 0 ? `, and a last square holding only ${problemsText(remainder, lang)}, drawn part-filled` : '';
      return (
        `Unit chart: each small square stands for ${problemsText(per, lang)}, and every ${BLOCK_UNITS} small squares form a large block of ${problemsText(BLOCK_UNITS * per, lang)}. ` +
        `To date, Changchun has solved ${problemsText(data.problems_solved, lang)} in old residential compounds (${inSentence(SOLVED.label_en)}: ${data.problems_solved}); ` +
        `the chart has ${formatEnglishNumber(whole)} full squares${partial}. ` +
        `The kinds of problem the article names include ${kindsList(data, lang)}; ${NO_BREAKDOWN.en}, so the chart does not split them by kind. ` +
        `${standardsLine(data, lang)}.`
      );
    }
    const partial = remainder > 0 ? `，最后一格只有${SOLVED.format(remainder)}问题，画成不满的一格` : '';
    return (
      `单位图，每个小方格代表${per}${SOLVED.unit}问题，每${BLOCK_UNITS}个小方格组成一个大方块，代表${BLOCK_UNITS * per}${SOLVED.unit}问题。` +
      `截至目前，长春市累计${SOLVED.label}${SOLVED.format(data.problems_solved)}` +
      (formatChineseNumber(data.problems_solved) === String(data.problems_solved)
        ? '，'
        : `（即${data.problems_solved}${SOLVED.unit}），`) +
      `图中共${formatFigure(whole, '个')}满格${partial}。` +
      `文中列举的问题类型有${kindsList(data, lang)}等，${NO_BREAKDOWN.zh}，所以图中不分类型。` +
      `${standardsLine(data, lang)}。`
    );
  },
  table: (data, lang) =>
    lang === 'en'
      ? {
          columns: ['Item', 'Value', 'Unit', 'Note'],
          rows: [
            [
              SOLVED.label_en,
              data.problems_solved,
              SOLVED.unit_en,
              `Each square in the chart is ${problemsText(problemsPerSquare(data), lang)}`,
            ],
            [STANDARDS.label_en, data.standard_categories, STANDARDS.unit_en, ''],
            ...data.problem_kinds_named.map((kind) => [
              `Kind of problem named: ${dataText(kind, lang)}`,
              '',
              '',
              'The article gives no count',
            ]),
          ],
        }
      : {
          columns: ['项目 item', '数值 value', '单位 unit', '说明 note'],
          rows: [
            [SOLVED.label, data.problems_solved, SOLVED.unit, `图中每格${problemsPerSquare(data)}${SOLVED.unit}`],
            [STANDARDS.label, data.standard_categories, STANDARDS.unit, ''],
            ...data.problem_kinds_named.map((kind) => [`文中列举的问题类型：${kind}`, '', '', NO_BREAKDOWN.zh]),
          ],
        },
  note: (_data, lang) =>
    lang === 'en'
      ? 'The article only lists kinds of problem, with no count for each, so every square has the same colour and stands for no kind in particular.'
      : `文章只列举了问题类型，没有给出各类问题的数量，所以图中所有方格颜色相同，不代表任何分类。`,
  embedHeight: { zh: 700, en: 890 },
  plot: (data, { width, lang }) => {
    const narrow = width < 500;
    const perRow = narrow ? 4 : 5;
    const blockGap = narrow ? SPACE.gap : SPACE.section;
    const { cell, gap } = unitCell((width - blockGap * (perRow - 1)) / perRow, BLOCK_SIDE);
    const blockSize = cell * BLOCK_SIDE;
    const per = problemsPerSquare(data);
    const blockProblems = BLOCK_UNITS * per;
    const count = Math.max(1, Math.ceil(data.problems_solved / blockProblems));
    const blocks: Block[] = Array.from({ length: count }, (_, i) => ({
      column: i % perRow,
      row: Math.floor(i / perRow),
      problems: Math.min(blockProblems, data.problems_solved - i * blockProblems),
    }));
    const rows = Math.ceil(count / perRow);
    const { remainder } = squares(data);
    const last = blocks.at(-1)!;

    const frame = captionedFrame(width, rows * blockSize + (rows - 1) * blockGap, {
      above: {
        captions: [
          {
            text: problemsText(data.problems_solved, lang),
            role: 'headline',
            fill: color('highlight'),
            className: 'mark-headline',
          },
          { text: unitLine(data, lang), role: 'note', className: 'mark-key' },
        ],
      },
      below: {
        captions: [
          { text: kindsLine(data, lang), role: 'body', className: 'mark-kinds-named' },
          { text: standardsLine(data, lang), role: 'note', className: 'mark-standards' },
        ],
      },
    });
    // Blocks `blockGap` apart: a band scale's inner padding is the gap's share of a step.
    const bands = (n: number) => ({
      domain: Array.from({ length: n }, (_, i) => i),
      paddingInner: blockGap / (blockSize + blockGap),
      paddingOuter: 0,
      round: false,
      axis: null,
    });
    const waffle = { fx: 'column', fy: 'row', unit: per, multiple: BLOCK_SIDE, gap } as const;

    const marks: Plot.Markish[] = [];
    if (remainder > 0) {
      // The partial square's full size, pale under it, so its shortfall reads as "part of a square".
      const start = last.problems - remainder;
      marks.push(
        Plot.waffleY([last], {
          ...waffle,
          y1: () => start,
          y2: () => start + per,
          fill: color('highlight'),
          fillOpacity: 0.3,
          className: 'mark-partial-unit-ghost',
        }),
      );
    }
    marks.push(
      Plot.waffleY(blocks, { ...waffle, y: 'problems', fill: color('highlight'), className: 'mark-problem-units' }),
    );

    return {
      ...frame.size,
      marginRight: width - perRow * blockSize - (perRow - 1) * blockGap,
      fx: bands(perRow),
      fy: bands(rows),
      y: { domain: [0, blockProblems], axis: null },
      marks: [...marks, ...frame.marks],
    };
  },
});
