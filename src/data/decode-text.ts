/**
 * Decodes an editor's text file (a data version, a story, pictures.json) as UTF-8, or says in
 * which encoding it was saved and how to re-save it as UTF-8 without losing the Chinese text.
 */
import { decodeUtf8Strictly, type ForeignEncoding } from '../text/encoding.ts';
import type { EditorProblem } from './problems.ts';

export type DecodedFile = { ok: true; text: string } | { ok: false; problem: EditorProblem };

const MESSAGES: Record<ForeignEncoding | 'unknown', { message: string; fix: string }> = {
  GBK: {
    message: '文件是 GBK 编码（记事本里叫 ANSI），不是 UTF-8 (the file is saved in GBK, "ANSI" in Notepad, not UTF-8)',
    // VS Code opens a GBK file as UTF-8 and shows garbage; saving that as UTF-8 would keep the
    // garbage. So: reopen as GBK first, then save as UTF-8.
    fix:
      '在 VS Code 里点右下角的编码 →“通过编码重新打开”选 GBK，确认中文显示正常，再点编码 →“通过编码保存”选 UTF-8；' +
      '或用记事本“另存为”，编码选 UTF-8 ' +
      '(in VS Code click the encoding in the status bar → Reopen with Encoding → GBK, check the Chinese reads right, ' +
      'then → Save with Encoding → UTF-8; or in Notepad: Save As, Encoding: UTF-8)',
  },
  'UTF-16LE': {
    message: '文件是 UTF-16 编码（记事本里叫 Unicode），不是 UTF-8 (the file is saved in UTF-16, "Unicode" in Notepad, not UTF-8)',
    fix:
      '在 VS Code 里点右下角的编码 →“通过编码保存”选 UTF-8；或用记事本“另存为”，编码选 UTF-8 ' +
      '(in VS Code click the encoding in the status bar → Save with Encoding → UTF-8; or in Notepad: Save As, Encoding: UTF-8)',
  },
  'UTF-16BE': {
    message: '文件是 UTF-16 BE 编码，不是 UTF-8 (the file is saved in UTF-16 big-endian, not UTF-8)',
    fix:
      '在 VS Code 里点右下角的编码 →“通过编码保存”选 UTF-8 ' +
      '(in VS Code click the encoding in the status bar → Save with Encoding → UTF-8)',
  },
  unknown: {
    message: '文件不是 UTF-8 编码，也不是 GBK 或 UTF-16，可能已损坏 (the file is not UTF-8, GBK or UTF-16; it may be damaged)',
    fix: '从上一版本或版本库恢复，再重新修改并存为 UTF-8 (restore it from the previous version or from git, redo the edit, save as UTF-8)',
  },
};

/** Decodes `bytes` strictly as UTF-8; `file` names the file in the problem otherwise. */
export function decodeEditorFile(file: string, bytes: Uint8Array): DecodedFile {
  const decoded = decodeUtf8Strictly(bytes);
  if (decoded.ok) return decoded;
  return { ok: false, problem: { file, ...MESSAGES[decoded.encoding ?? 'unknown'] } };
}
