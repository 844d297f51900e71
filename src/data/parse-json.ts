/**
 * Parses an editor's JSON file with errors an editor can act on: line and column, a Chinese
 * explanation, and hints for the usual slips (Chinese punctuation, trailing commas, wrong encoding,
 * duplicate field names, which plain JSON.parse silently accepts).
 */
import { findNodeAtLocation, parseTree, visit, type Node } from 'jsonc-parser';
import { formatPath, type PathSegment } from '../text/json-path.ts';
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

/** Decodes, checks and parses one JSON file. `file` is only used to name it in problems. */
export function parseJsonFile(file: string, bytes: Uint8Array): ParsedJson {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [{
        file,
        message: '文件不是 UTF-8 编码，可能被存成了 GBK/ANSI (the file is not UTF-8; it may have been saved as GBK/ANSI)',
        fix: '用 VS Code 打开，右下角选“通过编码保存”→ UTF-8 (in VS Code: Save with Encoding → UTF-8)',
      }],
    };
  }
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
  const problems: EditorProblem[] = [];
  const keysStack: Set<string>[] = [];
  let syntaxReported = false;
  visit(
    text,
    {
      onObjectBegin: () => {
        keysStack.push(new Set());
      },
      onObjectEnd: () => {
        keysStack.pop();
      },
      onObjectProperty: (property, offset, _length, _line, _character, pathSupplier) => {
        const keys = keysStack.at(-1);
        if (!keys) return;
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
        const char = text[offset] ?? '';
        const before = text.slice(0, offset).trimEnd().at(-1);
        let { message, fix } = SYNTAX_MESSAGES[code] ?? { message: '格式错误 (syntax error)' };
        const ascii = FULL_WIDTH[char];
        if (ascii !== undefined) {
          message = `这里用了中文标点 “${char}” (a Chinese full-width “${char}” here)`;
          fix = `改成英文半角的 ${ascii} (replace it with an ASCII ${ascii})`;
        } else if (before === ',' && (char === '}' || char === ']')) {
          message = `${char} 前面多了一个逗号 (a trailing comma before ${char})`;
          fix = '删除最后一项后面的逗号 (delete the comma after the last item)';
        }
        problems.push({ file, ...at, message, ...(fix ? { fix } : {}), found: showChar(char) });
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
