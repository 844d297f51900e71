/**
 * Parses an editor's JSON file with errors an editor can act on: line and column, a Chinese
 * explanation, and the exact fix for the usual slips: the file's encoding (GBK, UTF-16), Chinese
 * punctuation, full-width digits, thousands separators, NaN/Infinity, a unit after a number, text
 * after the end, trailing commas. It also refuses what plain JSON.parse accepts and then loses or
 * garbles: duplicate field names, "__proto__", numbers too large (1e999 becomes Infinity, shown as
 * null), and nesting deep enough to overflow the stack of the recursive parsers.
 */
import { createScanner, findNodeAtLocation, parseTree, visit, type Node } from 'jsonc-parser';
import { formatPath, type PathSegment } from '../text/json-path.ts';
import { decodeEditorFile } from './decode-text.ts';
import type { EditorProblem } from './problems.ts';

export type ParsedJson =
  | { ok: true; value: unknown; locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined }
  | { ok: false; problems: EditorProblem[] };

/** jsonc-parser's ParseErrorCode numbers (a const enum there, so restated here). */
const SYNTAX_MESSAGES: Record<number, { message: string; fix?: string }> = {
  1: { message: '无法识别的符号 (unexpected symbol)', fix: '字段名和文字都要用英文双引号 "…" 括起来 (put names and text in ASCII double quotes)' },
  2: { message: '数字格式不对 (invalid number)', fix: '数字只写阿拉伯数字，不加千位逗号、不以 0 开头 (digits only, no thousands separators or leading zeros)' },
  3: { message: '这里应为带英文双引号的字段名 (expected a field name in double quotes)', fix: '检查上一项后面是否多了逗号，或字段名少了双引号 (look for an extra comma or a name without quotes)' },
  4: { message: '这里缺少值 (expected a value)', fix: '检查是否多了逗号，或冒号后面没写值 (look for an extra comma or a missing value)' },
  5: { message: '字段名后面缺少英文冒号 : (expected a colon after the field name)' },
  6: { message: '缺少英文逗号 , (expected a comma between items)', fix: '在上一项末尾加一个英文逗号 , (add an ASCII comma after the previous item)' },
  7: { message: '缺少右花括号 } (expected a closing brace)' },
  8: { message: '缺少右方括号 ] (expected a closing bracket)' },
  9: { message: '文件结尾之后还有多余内容 (unexpected content after the end of the data)', fix: '删除最后一个 } 之后的内容 (delete what follows the last })' },
  10: { message: 'JSON 文件里不能写注释 (comments are not allowed in JSON)', fix: '删除注释；说明可写进 note 字段 (delete the comment; explanations go in "note")' },
  11: { message: 'JSON 文件里不能写注释 (comments are not allowed in JSON)', fix: '删除注释 (delete the comment)' },
  12: { message: '文字缺少结束的英文双引号 " (a text is missing its closing quote)' },
  13: { message: '数字没有写完 (the number is incomplete)' },
  14: { message: '\\u 后面的 Unicode 编码无效 (invalid \\u escape)' },
  15: { message: '反斜杠 \\ 后面的转义无效 (invalid escape after a backslash)', fix: '文字里的反斜杠要写成 \\\\ (write a backslash as \\\\)' },
  16: { message: '文字里有不允许的控制字符，如直接换行 (control character, e.g. a line break, inside a text)', fix: '文字里换行请写成 \\n (write a line break as \\n)' },
};

/** Chinese (full-width) punctuation an IME slips in where JSON needs ASCII. */
const FULL_WIDTH: Record<string, string> = {
  '，': ',', '：': ':', '“': '"', '”': '"', '‘': "'", '’': "'", '｛': '{', '｝': '}', '［': '[', '］': ']', '　': ' ',
};

/** Maps offsets to 1-based line and column. */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** Deeper than any dataset's shape; the limit keeps the recursive parsers below off the stack limit. */
export const MAX_DEPTH = 64;

/**
 * The offset of the first bracket that opens level MAX_DEPTH + 1, if any. Uses the scanner, which
 * is a loop, because the parser (and JSON.parse, and zod) recurse and overflow on deep nesting.
 */
function firstTooDeep(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  // SyntaxKind (a const enum in jsonc-parser): 1 {, 2 }, 3 [, 4 ], 17 end of file.
  for (let token = scanner.scan(); token !== 17; token = scanner.scan()) {
    if (token === 1 || token === 3) {
      depth++;
      if (depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (token === 2 || token === 4) depth--;
  }
  return undefined;
}

/** A syntax error explained by what an editor most likely typed, with the exact text to write. */
interface Slip {
  message: string;
  fix: string;
  /** The slip as typed, when more than the one character at the error. */
  found?: string;
}

/** Full-width (IME) digits, as the scanner meets them: optional sign, digits, decimal point. */
const FULL_WIDTH_NUMBER = /^[－＋]?[０-９][０-９．]*/;
/** A number written with thousands separators, ASCII or Chinese commas: 9,500 or 1，234，567. */
const THOUSANDS = /-?\d{1,3}(?:[,，]\d{3})+(?!\d)/g;
/** Words JavaScript prints for non-numbers, which JSON does not have. */
const NON_NUMBER = /^[-+]?(?:NaN|Infinity|inf)\b/i;

/**
 * Recognises the usual slips at a syntax error: full-width digits or punctuation, thousands
 * separators, NaN/Infinity, a unit after a number, text after the end, a trailing comma. The
 * parser itself can only say "unexpected symbol", which sends an editor looking for quotes.
 */
function explainSlip(text: string, offset: number, rootEnd: number | undefined): Slip | undefined {
  const char = text[offset] ?? '';
  const rest = text.slice(offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);

  for (const match of line.matchAll(THOUSANDS)) {
    const start = lineStart + match.index;
    if (offset >= start && offset < start + match[0].length) {
      const plain = match[0].replace(/[,，]/g, '');
      return {
        message: `数字里不能有千位逗号 (no thousands separators in numbers)`,
        found: match[0],
        fix: `写成 ${plain} (write ${plain})`,
      };
    }
  }
  const fullWidth = FULL_WIDTH_NUMBER.exec(rest);
  if (fullWidth) {
    const ascii = [...fullWidth[0]].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
    return {
      message: `这里用了全角数字 (full-width digits here)`,
      found: fullWidth[0],
      fix: `改成半角数字 ${ascii}，输入法切换到英文再输入 (type ASCII digits: ${ascii})`,
    };
  }
  const nonNumber = NON_NUMBER.exec(rest);
  if (nonNumber) {
    return {
      message: `JSON 里不能写 ${nonNumber[0]}，它不是数字 (${nonNumber[0]} is not a number JSON allows)`,
      found: nonNumber[0],
      fix: '写出来源里的实际数字 (write the actual figure from the source)',
    };
  }
  const ascii = FULL_WIDTH[char];
  if (ascii !== undefined) {
    return {
      message: `这里用了中文标点 “${char}” (a Chinese full-width “${char}” here)`,
      fix: `改成英文半角的 ${ascii} (replace it with an ASCII ${ascii})`,
    };
  }
  if (rootEnd !== undefined && offset >= rootEnd) {
    return {
      message: '文件结尾之后还有多余内容 (unexpected content after the end of the data)',
      found: JSON.stringify(rest.trim().slice(0, 20)),
      fix: '删除最后一个 } 之后的内容 (delete what follows the last })',
    };
  }
  const beforeOnLine = text.slice(lineStart, offset).trimEnd();
  // A letter, %, or any non-ASCII character (万, 平方米, ㎡) right after a number is a unit or a word.
  if (/\d$/.test(beforeOnLine) && (char.charCodeAt(0) > 0x7f || /[A-Za-z%]/.test(char))) {
    const word = /^[^\s,，"}\]]+/.exec(rest)?.[0] ?? char;
    return {
      message: '数字后面不能跟单位或文字 (no unit or word may follow a number)',
      found: JSON.stringify(word),
      fix:
        '只写数字，单位由字段名表示；“万”“亿”要换算，如 17.3万 写成 173000 ' +
        '(write the number alone, the field name carries the unit; multiply out 万/亿: 17.3万 is 173000)',
    };
  }
  const before = text.slice(0, offset).trimEnd().at(-1);
  if (before === ',' && (char === '}' || char === ']')) {
    return {
      message: `${char} 前面多了一个逗号 (a trailing comma before ${char})`,
      fix: '删除最后一项后面的逗号 (delete the comma after the last item)',
    };
  }
  return undefined;
}

/** Decodes, checks and parses one JSON file. `file` is only used to name it in problems. */
export function parseJsonFile(file: string, bytes: Uint8Array): ParsedJson {
  const decoded = decodeEditorFile(file, bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text;
  if (text.startsWith('\uFEFF')) {
    return {
      ok: false,
      problems: [{
        file, line: 1, column: 1,
        message: '文件开头有 BOM 标记 (the file starts with a byte-order mark)',
        fix: '另存为“UTF-8”（不带 BOM）(save as UTF-8 without BOM)',
      }],
    };
  }
  if (text.trim() === '') {
    return { ok: false, problems: [{ file, message: '文件是空的 (the file is empty)', fix: '从上一版本复制内容 (copy the previous version)' }] };
  }

  const position = lineIndex(text);
  const tooDeep = firstTooDeep(text);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      problems: [{
        file, ...position(tooDeep),
        message: `括号套得太深，超过 ${MAX_DEPTH} 层 (brackets nested more than ${MAX_DEPTH} levels deep)`,
        fix: '数据只有几层；检查是否多粘贴了 [ 或 { (the data is only a few levels deep: look for pasted extra [ or {)',
      }],
    };
  }
  const problems: EditorProblem[] = [];
  const keysStack: Set<string>[] = [];
  let depth = 0;
  /** Where the top-level value ends, once it has: anything after it is stray text. */
  let rootEnd: number | undefined;
  const close = (offset: number, length: number) => {
    depth--;
    if (depth === 0) rootEnd = offset + length;
  };
  let syntaxReported = false;
  visit(
    text,
    {
      onObjectBegin: () => {
        depth++;
        keysStack.push(new Set());
      },
      onObjectEnd: (offset, length) => {
        close(offset, length);
        keysStack.pop();
      },
      onArrayBegin: () => {
        depth++;
      },
      onArrayEnd: close,
      onLiteralValue: (value, offset, length, _line, _character, pathSupplier) => {
        // JSON.parse turns 1e999 into Infinity, which then shows as null; say what it was.
        if (typeof value !== 'number' || Number.isFinite(value)) return;
        problems.push({
          file, ...position(offset),
          path: formatPath(pathSupplier()),
          message: '数字太大，超出了能表示的范围 (the number is too large to be represented)',
          found: text.slice(offset, offset + length),
          fix: '检查 e 后面的指数，或直接写出完整数字，如 173000 (check the exponent after e, or write the full number, e.g. 173000)',
        });
      },
      onObjectProperty: (property, offset, _length, _line, _character, pathSupplier) => {
        const keys = keysStack.at(-1);
        if (!keys) return;
        if (property === '__proto__') {
          // JSON.parse keeps it, but every object copy drops or mis-reads it: it would vanish silently.
          problems.push({
            file, ...position(offset),
            path: formatPath([...pathSupplier(), property]),
            message: '字段名 "__proto__" 不能使用 (the field name "__proto__" is not allowed)',
            fix: '删除这个字段；没有任何数据项叫这个名字 (delete it: no field has this name)',
          });
        }
        if (keys.has(property)) {
          const at = position(offset);
          problems.push({
            file, ...at,
            path: formatPath([...pathSupplier(), property]),
            message: `字段 "${property}" 写了两次 (the field "${property}" appears twice)`,
            fix: '删除其中一个，只保留正确的值 (delete one of them)',
          });
        }
        keys.add(property);
      },
      onError: (code, offset) => {
        // Only the first syntax error is real; the parser's later ones are consequences of it.
        if (syntaxReported) return;
        syntaxReported = true;
        const at = position(offset);
        const slip = explainSlip(text, offset, rootEnd);
        const { message, fix } = slip ?? SYNTAX_MESSAGES[code] ?? { message: '格式错误 (syntax error)' };
        problems.push({ file, ...at, message, ...(fix ? { fix } : {}), found: slip?.found ?? showChar(text[offset] ?? '') });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (problems.length > 0) return { ok: false, problems };

  const value: unknown = JSON.parse(text);
  let tree: Node | undefined;
  return {
    ok: true,
    value,
    locate(path) {
      tree ??= parseTree(text);
      if (!tree) return undefined;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
        if (node) return position(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
}

function showChar(char: string): string {
  return char === '' ? '文件结尾 (end of file)' : JSON.stringify(char);
}
