/**
 * Every class of bad edit an editor can make is rejected, naming the file and the field, in
 * Chinese and English. Each fixture in test/fixtures/bad-edits is dropped into a fixture project
 * (test/fixtures/data, one published v1 per dataset) as a new draft, data/enclosures/v2.json.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { formatProblem, type EditorProblem } from '../../../src/data/problems.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { FIXTURES } from '../../helpers/temp-project.ts';

const BAD_EDITS = path.join(FIXTURES, 'bad-edits');
const TODAY = '2026-11-25';

interface Case {
  fixture: string;
  /** Where the fixture goes; default data/enclosures/v2.json. */
  target?: string;
  /** The field the problem must name, or null for whole-file problems. */
  path: string | null;
  /** Words the Chinese and English message must contain. */
  zh: string;
  en: string;
  /** Problems that report a position must give line and column. */
  position?: boolean;
  /** Words the fix must contain: the right fix for this slip, not a generic one. */
  fix?: string;
}

const CASES: Case[] = [
  { fixture: 'syntax-missing-comma', path: null, zh: '缺少英文逗号', en: 'expected a comma', position: true },
  { fixture: 'syntax-chinese-comma', path: null, zh: '中文标点', en: 'full-width', position: true },
  { fixture: 'syntax-trailing-comma', path: null, zh: '多了一个逗号', en: 'trailing comma', position: true },
  { fixture: 'syntax-comment', path: null, zh: '不能写注释', en: 'comments are not allowed', position: true },
  { fixture: 'not-utf8-gbk', path: null, zh: '是 GBK 编码', en: 'saved in GBK', fix: 'Reopen with Encoding → GBK' },
  { fixture: 'not-utf8-utf16le', path: null, zh: '是 UTF-16 编码', en: 'saved in UTF-16', fix: 'Save with Encoding → UTF-8' },
  { fixture: 'not-utf8-utf16be-no-bom', path: null, zh: '是 UTF-16 BE 编码', en: 'saved in UTF-16 big-endian', fix: 'Save with Encoding → UTF-8' },
  { fixture: 'full-width-digits', path: null, zh: '全角数字', en: 'full-width digits', position: true, fix: '636' },
  { fixture: 'thousands-separator', path: null, zh: '千位逗号', en: 'no thousands separators', position: true, fix: '118000' },
  { fixture: 'nan-value', path: null, zh: '不能写 NaN', en: 'NaN is not a number', position: true, fix: 'actual figure' },
  { fixture: 'infinity-value', path: null, zh: '不能写 Infinity', en: 'Infinity is not a number', position: true, fix: 'actual figure' },
  { fixture: 'unit-after-number', path: null, zh: '不能跟单位', en: 'no unit or word', position: true, fix: '17.3万 is 173000' },
  { fixture: 'text-after-end', path: null, zh: '结尾之后还有多余内容', en: 'after the end', position: true, fix: 'delete what follows' },
  { fixture: 'deep-nesting', path: null, zh: '套得太深', en: 'nested more than', position: true },
  { fixture: 'proto-key', path: '__proto__', zh: '不能使用', en: 'is not allowed', position: true, fix: 'delete it' },
  { fixture: 'duplicate-key-nested', path: 'sites.tiebei-2nd-road.name', zh: '写了两次', en: 'appears twice', position: true },
  { fixture: 'with-bom', path: null, zh: 'BOM', en: 'byte-order mark' },
  { fixture: 'wrong-type-quoted-number', path: 'sites_rectified', zh: '应为非负整数', en: 'expected a non-negative integer' },
  { fixture: 'wrong-type-with-unit', path: 'road_area_released_m2', zh: '应为非负数', en: 'expected a non-negative number' },
  { fixture: 'negative-number', path: 'green_area_released_m2', zh: '应为非负数', en: 'expected a non-negative number' },
  { fixture: 'fractional-count', path: 'sites_rectified', zh: '应为非负整数', en: 'expected a non-negative integer' },
  { fixture: 'non-finite-number', path: 'road_area_released_m2', zh: '数字太大', en: 'too large', position: true, fix: 'exponent' },
  { fixture: 'empty-sources', path: 'sources', zh: '至少需要一个来源', en: 'at least one source' },
  { fixture: 'sources-missing', path: 'sources', zh: '缺少必填字段', en: 'missing required field' },
  { fixture: 'source-without-date', path: 'sources[0].date', zh: '缺少必填字段', en: 'missing required field' },
  { fixture: 'figure-without-sentence', path: 'sites_rectified', zh: '没有注明来源原句', en: 'no source sentence' },
  {
    fixture: 'duplicate-quote-id',
    target: 'data/quotes/v2.json',
    path: 'quotes[1].id',
    zh: '重复了',
    en: 'is used twice',
  },
  { fixture: 'figure-not-in-sentence', path: 'sites_rectified', zh: '来源原句里没有这个数字', en: 'does not contain this figure' },
  { fixture: 'sentence-for-missing-field', path: 'sources[0].sentences.sites_removed', zh: '引用的字段不存在', en: 'does not exist' },
  { fixture: 'invalid-date', path: 'as_of', zh: '应为日期', en: 'expected YYYY' },
  { fixture: 'wrong-date-format', path: 'as_of', zh: '应为日期', en: 'expected YYYY' },
  { fixture: 'future-date', path: 'as_of', zh: '不能晚于今天', en: 'cannot be in the future' },
  { fixture: 'version-mismatch', path: 'version', zh: '版本号应与文件名一致', en: 'must match the file name' },
  { fixture: 'unknown-key', path: 'sites_rectifed', zh: '未知字段', en: 'unknown field' },
  { fixture: 'duplicate-key', path: 'sites_rectified', zh: '写了两次', en: 'appears twice' },
  { fixture: 'missing-field', path: 'green_area_released_m2', zh: '缺少必填字段', en: 'missing required field' },
  { fixture: 'empty-note', path: 'note', zh: '应为非空文字', en: 'expected non-empty text' },
  { fixture: 'bad-qualifier', path: 'sites.tiebei-2nd-road.morning_peak_throughput_gain_pct.qualifier', zh: '应为 nearly', en: 'expected one of' },
  { fixture: 'valid-v2', target: 'data/enclosures/v3.json', path: null, zh: '版本号跳号', en: 'version numbers skip' },
];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsWith(fixture: string, target: string): EditorProblem[] {
  const project = fixtureProject();
  cleanup = project.cleanup;
  const source = fixture === 'valid-v2' ? path.join(FIXTURES, 'valid-v2.json') : path.join(BAD_EDITS, `${fixture}.json`);
  copyFileSync(source, path.join(project.root, target));
  return loadCatalog(project.root, { includeDrafts: true, today: TODAY }).problems;
}

describe('bad edits are rejected with file, field and both languages', () => {
  test.each(CASES)('$fixture', ({ fixture, target = 'data/enclosures/v2.json', path: field, zh, en, position, fix }) => {
    const problems = problemsWith(fixture, target);
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => p.message.includes(zh));
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    if (!problem) return;
    expect(problem.message).toContain(en);
    // The skipped-version problem names the missing file; every other names the edited one.
    expect(problem.file).toBe(fixture === 'valid-v2' ? 'data/enclosures/v2.json' : target);
    if (field === null) expect(problem.path).toBeUndefined();
    else expect(problem.path).toBe(field);
    if (position) {
      expect(problem.line).toBeGreaterThan(1);
      expect(problem.column).toBeGreaterThan(0);
    }
    if (fix !== undefined) expect(problem.fix).toContain(fix);
    const text = formatProblem(problem);
    expect(text.startsWith(field === null ? problem.file : `${problem.file} › ${field}：`)).toBe(true);
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m); // no stack frames
  });

  test('the message reads as the editors were promised', () => {
    const [problem] = problemsWith('wrong-type-quoted-number', 'data/enclosures/v2.json');
    expect(problem && formatProblem(problem).split('\n')[0]).toBe(
      'data/enclosures/v2.json › sites_rectified：应为非负整数 (expected a non-negative integer)，实际为 "636"',
    );
    expect(problem?.fix).toContain('去掉引号');
  });

  test('a syntax error gives the line and column of the slip', () => {
    const text = readFileSync(path.join(BAD_EDITS, 'syntax-chinese-comma.json'), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('636，')) + 1;
    const [problem] = problemsWith('syntax-chinese-comma', 'data/enclosures/v2.json');
    expect(problem?.line).toBe(line);
    expect(problem?.column).toBe((lines[line - 1] ?? '').indexOf('，') + 1);
  });

  test('schema and citation problems come in one round, never one hidden behind the other', () => {
    const problems = problemsWith('schema-and-citation', 'data/enclosures/v2.json');
    expect(problems.map((p) => p.path).sort()).toEqual(['idle_plots_greened', 'note', 'sites_rectified']);
    const citation = problems.find((p) => p.path === 'sites_rectified');
    expect(citation?.message).toContain('来源原句里没有这个数字');
    // The invalid figure is reported once, by the schema, not also as an unsourced number.
    expect(problems.filter((p) => p.path === 'idle_plots_greened')).toHaveLength(1);
  });

  test('a folder named like a version file is reported, not read', () => {
    const project = fixtureProject();
    cleanup = project.cleanup;
    mkdirSync(path.join(project.root, 'data/enclosures/v2.json'));
    const problems = loadCatalog(project.root, { includeDrafts: true, today: TODAY }).problems;
    expect(problems.map(formatProblem).join('\n')).toContain(
      'data/enclosures/v2.json/：v2.json 是一个文件夹，不是数据文件 (v2.json is a folder, not a data file)',
    );
  });

  test('the full-width digits, thousands separator and overflow are quoted as typed', () => {
    expect(problemsWith('full-width-digits', 'data/enclosures/v2.json')[0]?.found).toBe('６３６');
    expect(problemsWith('thousands-separator', 'data/enclosures/v2.json')[0]?.found).toBe('118,000');
    expect(problemsWith('non-finite-number', 'data/enclosures/v2.json')[0]?.found).toBe('1e999');
  });

  test('a typo in a field name suggests the right name', () => {
    const problems = problemsWith('unknown-key', 'data/enclosures/v2.json');
    expect(problems.find((p) => p.path === 'sites_rectifed')?.fix).toContain('"sites_rectified"');
  });
});
