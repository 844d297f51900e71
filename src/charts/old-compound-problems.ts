/**
 * `old-compound-problems`: the problems solved in old residential compounds as a unit chart, one
 * small square per ten problems, in blocks of a hundred squares (a thousand problems). The article
 * names kinds of problem but gives no count per kind, so they are listed as text, not drawn.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseNumber, formatFigure } from '../text/format-number.ts';
import type { OldCompounds } from '../schemas/old-compounds.ts';
import { defineChart } from './chart-definition.ts';
import { lineHeight, pixelFrame, textBlock, wrapLines } from './chart-layout.ts';

/** Problems per square. */
export const PROBLEMS_PER_UNIT = 10;
/** Squares per block side: a block is 10 × 10 squares. */
const BLOCK_SIDE = 10;
const BLOCK_UNITS = BLOCK_SIDE * BLOCK_SIDE;
const HEADLINE_SIZE = 16;
const NO_BREAKDOWN = '文章未给出分项数量';

interface Unit {
  index: number;
  /** 1 for a whole square; less for the last square when the count is not a multiple of ten. */
  fraction: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function unitCount(data: OldCompounds): number {
  return data.problems_solved / PROBLEMS_PER_UNIT;
}

/** Whole squares, plus one partial square for any remainder. */
function squares(data: OldCompounds): { whole: number; remainder: number } {
  const whole = Math.floor(unitCount(data));
  return { whole, remainder: data.problems_solved - whole * PROBLEMS_PER_UNIT };
}

function kindsLine(data: OldCompounds): string {
  return `文中列举的问题类型：${data.problem_kinds_named.join('、')}等（${NO_BREAKDOWN}）`;
}

function standardsLine(data: OldCompounds): string {
  return `长春市制定了${formatFigure(data.standard_categories, '类')}问题整改标准`;
}

function unitLine(): string {
  return `每个小方格 = ${PROBLEMS_PER_UNIT}个问题；每个大方块 = ${BLOCK_UNITS * PROBLEMS_PER_UNIT}个问题`;
}

export const oldCompoundProblems = defineChart({
  id: 'old-compound-problems',
  dataset: 'old-compounds',
  title: (data) => `老旧小区已解决问题${formatFigure(data.problems_solved, '个')}`,
  reading: (data) =>
    `每个小方格代表${PROBLEMS_PER_UNIT}个问题，共${formatFigure(data.problems_solved, '个')}；文章没有给出各类问题分别有多少。`,
  describe: (data) => {
    const { whole, remainder } = squares(data);
    const partial = remainder > 0 ? `，最后一格只有${formatFigure(remainder, '个')}问题，画成不满的一格` : '';
    return (
      `单位图，每个小方格代表${PROBLEMS_PER_UNIT}个问题，每100个小方格组成一个大方块，代表${BLOCK_UNITS * PROBLEMS_PER_UNIT}个问题。` +
      `截至目前，长春市累计解决老旧小区问题${formatFigure(data.problems_solved, '个')}` +
      (formatChineseNumber(data.problems_solved) === String(data.problems_solved)
        ? '，'
        : `（即${data.problems_solved}个），`) +
      `图中共${formatFigure(whole, '个')}满格${partial}。` +
      `文中列举的问题类型有${data.problem_kinds_named.join('、')}等，${NO_BREAKDOWN}，所以图中不分类型。` +
      `${standardsLine(data)}。`
    );
  },
  table: (data) => ({
    columns: ['项目 item', '数值 value', '单位 unit', '说明 note'],
    rows: [
      ['解决老旧小区问题', data.problems_solved, '个', `图中每格${PROBLEMS_PER_UNIT}个`],
      ['问题整改标准', data.standard_categories, '类', ''],
      ...data.problem_kinds_named.map((kind) => [`文中列举的问题类型：${kind}`, '', '', NO_BREAKDOWN]),
    ],
  }),
  note: () => `文章只列举了问题类型，没有给出各类问题的数量，所以图中所有方格颜色相同，不代表任何分类。`,
  embedHeight: 700,
  plot: (data, { width }) => {
    const narrow = width < 500;
    const blocksPerRow = narrow ? 4 : 5;
    const blockGap = narrow ? 8 : 16;
    const cell = (width - blockGap * (blocksPerRow - 1)) / (blocksPerRow * BLOCK_SIDE);
    const gap = Math.max(1, Math.round(cell * 0.18 * 10) / 10);
    const blockSize = cell * BLOCK_SIDE;
    const line = lineHeight();

    const headLines = wrapLines(formatFigure(data.problems_solved, '个问题'), width, HEADLINE_SIZE);
    const keyLines = wrapLines(unitLine(), width);
    const keyTop = 4 + headLines.length * lineHeight(HEADLINE_SIZE) + 2;
    const top = keyTop + keyLines.length * line + 10;

    const { whole, remainder } = squares(data);
    const total = whole + (remainder > 0 ? 1 : 0);
    const units: Unit[] = Array.from({ length: total }, (_, index) => {
      const block = Math.floor(index / BLOCK_UNITS);
      const within = index % BLOCK_UNITS;
      const x0 = (block % blocksPerRow) * (blockSize + blockGap);
      const y0 = top + Math.floor(block / blocksPerRow) * (blockSize + blockGap);
      const x1 = x0 + (within % BLOCK_SIDE) * cell;
      const y1 = y0 + Math.floor(within / BLOCK_SIDE) * cell;
      const fraction = index < whole ? 1 : remainder / PROBLEMS_PER_UNIT;
      return { index, fraction, x1, x2: x1 + (cell - gap) * fraction, y1, y2: y1 + cell - gap };
    });
    const blockRows = Math.max(1, Math.ceil(total / BLOCK_UNITS / blocksPerRow));
    const gridBottom = top + blockRows * blockSize + (blockRows - 1) * blockGap;

    const kinds = wrapLines(kindsLine(data), width);
    const standards = wrapLines(standardsLine(data), width);
    const captionTop = gridBottom + 12;
    const height = Math.ceil(captionTop + (kinds.length + standards.length) * line + 8);

    const marks: Plot.Markish[] = [
      textBlock(headLines, {
        x: 0,
        y: 4,
        fill: color('highlight'),
        fontSize: HEADLINE_SIZE,
        fontWeight: 700,
        className: 'mark-headline',
      }),
      textBlock(keyLines, { x: 0, y: keyTop, fill: color('muted'), className: 'mark-key' }),
      Plot.rect(units, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: color('highlight'),
        className: 'mark-problem-units',
      }),
    ];
    if (remainder > 0) {
      // Outline the full size of the partial square, so its shortfall reads as "part of a square".
      const last = units[units.length - 1];
      if (last) {
        marks.push(
          Plot.rect([last], {
            x1: 'x1',
            x2: (d: Unit) => d.x1 + cell - gap,
            y1: 'y1',
            y2: 'y2',
            fill: 'none',
            stroke: color('highlight'),
            strokeWidth: 1,
            className: 'mark-partial-unit-outline',
          }),
        );
      }
    }
    marks.push(
      textBlock(kinds, { x: 0, y: captionTop, fill: color('ink'), className: 'mark-kinds-named' }),
      textBlock(standards, {
        x: 0,
        y: captionTop + kinds.length * line,
        fill: color('muted'),
        className: 'mark-standards',
      }),
    );

    return {
      ...pixelFrame(width, height),
      marks,
    };
  },
});
