/**
 * Reading the numbers a sentence states, as whole tokens in the sentence's own notation. Property
 * tests (fast-check) write a generated number into a generated sentence in every notation the reader
 * supports and check that exactly that number is read back — so a figure equal to it is sourced, and
 * a figure that differs (a part of its digits, a neighbour, another qualifier) is refused.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readNumbers, sentenceStates } from '../../../src/text/read-numbers.ts';
import { QUALIFIERS, type Qualifier } from '../../../src/text/format-number.ts';

const DIGITS = '零一二三四五六七八九';

/** Chinese numerals below 万, written the usual way: 1050 = 一千零五十, 15 = 十五 (leading). */
function chineseBelowWan(n: number, leading: boolean): string {
  const places: [number, string][] = [
    [Math.floor(n / 1000) % 10, '千'],
    [Math.floor(n / 100) % 10, '百'],
    [Math.floor(n / 10) % 10, '十'],
    [n % 10, ''],
  ];
  let out = '';
  let zero = false;
  for (const [digit, unit] of places) {
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += leading && out === '' && unit === '十' && digit === 1 ? '十' : `${DIGITS[digit]}${unit}`;
  }
  return out;
}

/** Any integer below 10^12 in Chinese numerals: 173000 = 十七万三千, 100000005 = 一亿零五. */
function chinese(n: number): string {
  if (n === 0) return '零';
  let out = '';
  for (const [size, mark] of [
    [1e8, '亿'],
    [1e4, '万'],
    [1, ''],
  ] as const) {
    const part = Math.floor(n / size) % 1e4;
    if (size === 1e8 ? n < 1e8 : part === 0) {
      if (out !== '' && !out.endsWith('零') && n % size !== 0) out += '零';
      continue;
    }
    if (out !== '' && part < 1000 && !out.endsWith('零')) out += '零';
    out += `${chineseBelowWan(size === 1e8 ? Math.floor(n / 1e8) : part, out === '')}${mark}`;
  }
  return out.replace(/零+$/u, '');
}

/** 二 before 千, 百, 万 or 亿 may be written 两 (两千, 两万). */
const withLiang = (text: string) => text.replace(/^二(?=[千百万亿])/u, '两');

/** Full-width digits and decimal point: 9500 → ９５００. */
const fullWidth = (text: string) => text.replace(/[0-9.]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** 1234567.5 → 1,234,567.5 */
function grouped(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+$)/gu, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** n written with a 万 or 亿 multiplier, exact: 173000 → 17.3万, 9500 → 0.95万. */
function withMultiplier(n: number, power: 4 | 8): string {
  const digits = String(n).padStart(power + 1, '0');
  const whole = digits.slice(0, -power);
  const fraction = digits.slice(-power).replace(/0+$/u, '');
  return `${whole}${fraction ? `.${fraction}` : ''}${power === 4 ? '万' : '亿'}`;
}

/** Every way the reader supports of writing the integer n. */
function notations(n: number): string[] {
  const plain = String(n);
  const forms = [plain, fullWidth(plain), grouped(plain), fullWidth(grouped(plain)), withMultiplier(n, 4)];
  if (n >= 1e6) forms.push(withMultiplier(n, 8));
  forms.push(chinese(n), withLiang(chinese(n)), [...plain].map((d) => '〇一二三四五六七八九'[Number(d)]).join(''));
  return forms;
}

/** Text around a number: Chinese words holding no numeral, qualifier, 成 or percent sign. */
const filler = fc
  .array(
    fc.constantFrom(
      '长春市',
      '整治',
      '围挡',
      '释放',
      '道路',
      '面积',
      '，',
      '的',
      '截至目前',
      '全市',
      '累计',
      '解决',
      '问题',
      '“',
      '”',
    ),
    {
      maxLength: 6,
    },
  )
  .map((words) => words.join(''));
const unit = fc.constantFrom('处', '个', '平方米', '米', '座', '条', '个月');
const integer = fc.integer({ min: 0, max: 999_999_999_999 });

const WRITTEN: Record<Qualifier, (text: string) => string> = {
  nearly: (text) => `近${text}`,
  about: (text) => `约${text}`,
  more_than: (text) => `${text}余`,
};

describe('readNumbers: the numbers a sentence states', () => {
  test.each([
    [
      '截至7月11日，长春市整治围挡636处，释放道路面积17.3万平方米，相当于拓宽了25条标准街道。',
      [7, 11, 636, 173_000, 25],
    ],
    ['问题9500个', [9500]],
    ['问题９５００个', [9500]],
    ['问题9,500个', [9500]],
    ['力争在两个月时间内', [2]],
    ['二〇二五年，一百零五处，两千三百个，十三条', [2025, 105, 2300, 13]],
    ['1.2亿元，十万人', [120_000_000, 100_000]],
  ])('%s', (sentence, values) => {
    expect(readNumbers(sentence).map((number) => number.value)).toEqual(values);
  });

  test.each([
    ['1300余平方米', 1300, 'more_than', false],
    ['近三成', 30, 'nearly', true],
    ['约30%', 30, 'about', true],
    ['百分之三十', 30, undefined, true],
    ['三成五', 35, undefined, true],
    ['1万多人', 10_000, 'more_than', false],
    ['最近3天', 3, undefined, false],
  ])('%s is %d, qualifier %s', (sentence, value, qualifier, percent) => {
    const [number, ...rest] = readNumbers(sentence);
    expect(rest).toEqual([]);
    expect(number).toMatchObject({ value, percent });
    expect(number?.qualifier).toBe(qualifier);
  });
});

describe('sentenceStates: a figure is sourced only by the very number', () => {
  test.each([
    [9500, true],
    [950, false],
    [50, false],
    [0, false],
    [-0, false],
    [500, false],
    [9, false],
  ])('"…问题9500个" and %d: %s', (value, sourced) => {
    expect(sentenceStates('截至目前，全市累计解决老旧小区路面破损等问题9500个。', { value, unit: '个' })).toBe(sourced);
  });

  test('the shipped sentences source their figures', () => {
    expect(sentenceStates('释放道路面积17.3万平方米', { value: 173_000, unit: '平方米' })).toBe(true);
    expect(sentenceStates('1300余平方米的小叶丁香绿篱', { value: 1300, qualifier: 'more_than', unit: '平方米' })).toBe(
      true,
    );
    expect(sentenceStates('早高峰通行效率提升了近三成。', { value: 30, qualifier: 'nearly', unit: '%' })).toBe(true);
    expect(sentenceStates('力争在两个月时间内', { value: 2, unit: '个月' })).toBe(true);
  });

  test('a share (成, %) sources only a figure in %, and a qualifier must match', () => {
    expect(sentenceStates('提升了近三成', { value: 30, unit: '%' })).toBe(false);
    expect(sentenceStates('提升了近三成', { value: 30, qualifier: 'about', unit: '%' })).toBe(false);
    expect(sentenceStates('提升了近三成', { value: 30, qualifier: 'nearly', unit: '处' })).toBe(false);
    expect(sentenceStates('1300余平方米', { value: 1300, unit: '平方米' })).toBe(false);
  });

  test('a Chinese numeral inside a word is not a figure: the 一 of 统一', () => {
    expect(sentenceStates('按照统一部署', { value: 1, unit: '处' })).toBe(false);
    expect(sentenceStates('新增一处口袋公园', { value: 1, unit: '处' })).toBe(true);
  });
});

describe('property: every notation of a number reads back as that number, and only it', () => {
  test('an integer in any notation is read as exactly itself', () => {
    fc.assert(
      fc.property(integer, filler, unit, filler, (n, before, after, rest) => {
        for (const written of notations(n)) {
          const sentence = `${before}${written}${after}${rest}`;
          expect(
            readNumbers(sentence).map((number) => number.value),
            sentence,
          ).toEqual([n]);
          expect(sentenceStates(sentence, { value: n, unit: after }), sentence).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a decimal in digits, full width or grouped reads as itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 1, max: 2 }),
        filler,
        unit,
        (raw, places, before, after) => {
          const value = raw / 10 ** places;
          const plain = String(value);
          for (const written of [plain, fullWidth(plain), grouped(plain)]) {
            const sentence = `${before}${written}${after}`;
            expect(sentenceStates(sentence, { value, unit: after }), sentence).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  /** Figures an editor might type instead of n: a part of its digits, a neighbour, a slip of 10×. */
  const otherThan = (n: number) =>
    fc
      .oneof(
        fc
          .integer({ min: 0, max: String(n).length - 1 })
          .chain((from) =>
            fc.integer({ min: from + 1, max: String(n).length }).map((to) => Number(String(n).slice(from, to))),
          ),
        fc.constantFrom(n + 1, Math.max(0, n - 1), n * 10, Math.floor(n / 10), -0),
        integer,
      )
      .filter((m) => !Object.is(m, n));

  test('a figure that differs from the number stated is refused, in every notation', () => {
    fc.assert(
      fc.property(
        integer.chain((n) => fc.tuple(fc.constant(n), otherThan(n))),
        filler,
        unit,
        ([n, m], before, after) => {
          for (const written of notations(n)) {
            const sentence = `${before}${written}${after}`;
            expect(sentenceStates(sentence, { value: m, unit: after }), `${m} in ${sentence}`).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a qualifier is sourced only by the same qualifier', () => {
    const qualifier = fc.constantFrom<Qualifier | undefined>(undefined, ...QUALIFIERS);
    fc.assert(
      fc.property(integer, qualifier, qualifier, filler, unit, (n, stated, cited, before, after) => {
        for (const number of notations(n)) {
          const written = stated ? WRITTEN[stated](number) : number;
          const sentence = `${before}${written}${after}`;
          expect(sentenceStates(sentence, { value: n, qualifier: cited, unit: after }), `${cited} in ${sentence}`).toBe(
            stated === cited,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  test('a share in 成 is its tenths, in %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 100 }),
        filler,
        (tenths, value, before) => {
          const sentence = `${before}提升了${chinese(tenths)}成`;
          expect(sentenceStates(sentence, { value, unit: '%' }), `${value} in ${sentence}`).toBe(value === tenths * 10);
        },
      ),
    );
  });
});
