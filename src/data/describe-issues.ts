/**
 * Turns zod validation issues into editor problems: the field path, what was found, what was
 * expected (the bilingual message each field builder carries) and a concrete fix for the usual slips.
 */
import type { z } from 'zod';
import { closestWord } from '../text/closest-word.ts';
import { formatPath, getAtPath, type PathSegment } from '../text/json-path.ts';
import { showFound, type EditorProblem } from './problems.ts';
import { allowedKeys } from './schema-at.ts';

type Issue = z.core.$ZodIssue;

/** Fallback wording for issues raised by fields without a bilingual message of their own. */
const GENERIC: Record<string, string> = {
  invalid_type: '类型不对 (wrong type)',
  too_small: '值太小或太短 (too small or too short)',
  too_big: '值太大或太长 (too large or too long)',
  invalid_format: '格式不对 (wrong format)',
  invalid_value: '不是允许的值 (not an allowed value)',
  invalid_union: '不符合任何一种允许的写法 (matches none of the allowed forms)',
  invalid_key: '字段名不对 (invalid field name)',
  custom: '不符合要求 (not valid)',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

function expectedMessage(issue: Issue): string {
  return HAS_CHINESE.test(issue.message) ? issue.message : (GENERIC[issue.code] ?? `不符合要求 (${issue.message})`);
}

/** A concrete fix for the slips editors make most, judged from the value found. */
function fixFor(issue: Issue, found: unknown): string | undefined {
  if (issue.code === 'invalid_type' && typeof found === 'string' && issue.expected === 'number') {
    const digits = found.trim().replaceAll(',', '').replaceAll('，', '');
    if (/^-?\d+(\.\d+)?$/.test(digits)) return `去掉引号，写成 ${digits} (remove the quotes: ${digits})`;
    if (/万|亿|平方米|米|处|个|%/.test(found)) {
      return '只写阿拉伯数字，不带“万”或单位，如 173000 (write the plain number without 万 or units, e.g. 173000)';
    }
    return '只写阿拉伯数字 (write digits only)';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return '应为整数，去掉小数部分 (use a whole number)';
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof found === 'number') {
    return '数字太大或无效，请检查位数 (the number is too large or invalid; check the digits)';
  }
  if (issue.code === 'too_small' && issue.origin === 'number' && typeof found === 'number' && found < 0) {
    return '不能是负数，去掉负号 (cannot be negative: remove the minus sign)';
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return '至少添加一项 (add at least one item)';
  if (issue.code === 'too_small' && issue.origin === 'string') return '填写内容，不能留空 (fill it in; it cannot be empty)';
  if ((issue.code === 'invalid_format' && issue.format === 'date') || /日期/.test(issue.message)) {
    return '按 年-月-日 填写，月和日补足两位，如 2025-07-11 (write YYYY-MM-DD with two-digit month and day)';
  }
  return undefined;
}

/**
 * Describes every issue of one failed parse. `input` is the parsed JSON, used to show what was
 * found; `locate` maps a path to its line and column in the file.
 */
export function describeIssues(
  file: string,
  issues: readonly Issue[],
  input: unknown,
  schema: z.ZodType,
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
): EditorProblem[] {
  const problems: EditorProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const suggestion = closestWord(key, allowed);
        problems.push({
          file,
          path: formatPath(keyPath),
          ...locate(keyPath),
          message: '未知字段，可能是拼写错误 (unknown field, perhaps a typo)',
          found: showFound(getAtPath(input, keyPath)),
          fix: suggestion
            ? `是不是想写 "${suggestion}"？改正字段名 (did you mean "${suggestion}"? fix the name)`
            : `删除这个字段；允许的字段有 ${allowed.join(', ')} (remove it; allowed fields: ${allowed.join(', ')})`,
        });
      }
      continue;
    }
    const found = getAtPath(input, path);
    const missing = found === undefined && issue.code === 'invalid_type';
    const fix = missing ? '补上这个字段，可从上一版本复制 (add the field; copy it from the previous version)' : fixFor(issue, found);
    problems.push({
      file,
      path: formatPath(path) || '（整个文件 whole file）',
      ...locate(path),
      message: missing ? `缺少必填字段 (missing required field)：${expectedMessage(issue)}` : expectedMessage(issue),
      ...(missing ? {} : { found: showFound(found) }),
      ...(fix ? { fix } : {}),
    });
  }
  return problems;
}
