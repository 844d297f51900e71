/**
 * Tells which encoding a text file was saved in when it is not UTF-8. Editors on Chinese Windows
 * save as GBK (Notepad's "ANSI") or UTF-16 (Notepad's "Unicode"); naming the encoding lets the
 * message say exactly how to re-save, instead of a vague "not UTF-8" or mojibake further down.
 */

/** The encodings an editor's tools save in that we can name. */
export type ForeignEncoding = 'UTF-16LE' | 'UTF-16BE' | 'GBK';

export type DecodedText =
  | { ok: true; text: string }
  /** `encoding` is null when the bytes are neither UTF-8, UTF-16 nor GBK. */
  | { ok: false; encoding: ForeignEncoding | null };

/**
 * Decodes bytes as UTF-8, strictly: any invalid byte sequence means the file is in some other
 * encoding, which is then named. A UTF-8 byte-order mark is kept in the text (callers decide).
 */
export function decodeUtf8Strictly(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, encoding: utf16 };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Not UTF-8: try the one legacy encoding Chinese Windows uses.
  }
  try {
    new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return { ok: false, encoding: 'GBK' };
  } catch {
    return { ok: false, encoding: null };
  }
}

/**
 * UTF-16 by its byte-order mark, or, without one, by NUL bytes: a text file never holds NUL,
 * while UTF-16 stores every ASCII character with a NUL byte beside it (after it little-endian).
 */
function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  if (evenNuls + oddNuls === 0) return undefined;
  return oddNuls >= evenNuls ? 'UTF-16LE' : 'UTF-16BE';
}
