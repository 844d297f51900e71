/** The encoding of an editor's file is named when it is not UTF-8. */
import { describe, expect, test } from 'vitest';
import { decodeUtf8Strictly } from '../../../src/text/encoding.ts';

const TEXT = '{"name": "铁北二路"}';

/** UTF-16 bytes of `text`, little- or big-endian, without a byte-order mark. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), !bigEndian);
  return bytes;
}

describe('decodeUtf8Strictly', () => {
  test('UTF-8 decodes, keeping a byte-order mark for the caller to judge', () => {
    expect(decodeUtf8Strictly(new TextEncoder().encode(TEXT))).toEqual({ ok: true, text: TEXT });
    expect(decodeUtf8Strictly(new TextEncoder().encode(`\uFEFF${TEXT}`))).toEqual({ ok: true, text: `\uFEFF${TEXT}` });
  });

  test('GBK is named', () => {
    // 铁北二路 in GBK: the bytes a Chinese Windows "ANSI" save writes.
    const gbk = Uint8Array.from([0x22, 0xcc, 0xfa, 0xb1, 0xb1, 0xb6, 0xfe, 0xc2, 0xb7, 0x22]);
    expect(decodeUtf8Strictly(gbk)).toEqual({ ok: false, encoding: 'GBK' });
  });

  test('UTF-16 is named with its byte order, with or without a byte-order mark', () => {
    expect(decodeUtf8Strictly(utf16(`\uFEFF${TEXT}`, false))).toEqual({ ok: false, encoding: 'UTF-16LE' });
    expect(decodeUtf8Strictly(utf16(`\uFEFF${TEXT}`, true))).toEqual({ ok: false, encoding: 'UTF-16BE' });
    expect(decodeUtf8Strictly(utf16(TEXT, false))).toEqual({ ok: false, encoding: 'UTF-16LE' });
    expect(decodeUtf8Strictly(utf16(TEXT, true))).toEqual({ ok: false, encoding: 'UTF-16BE' });
  });

  test('bytes in no encoding we know are not guessed', () => {
    expect(decodeUtf8Strictly(Uint8Array.from([0x7b, 0xff, 0xff, 0x7d]))).toEqual({ ok: false, encoding: null });
  });
});
