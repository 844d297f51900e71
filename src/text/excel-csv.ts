/**
 * CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * mojibake), and cells that start like a formula (= + - @) kept as text, so a download cannot run
 * anything in a reader's spreadsheet.
 */
import { csvFormatRows } from 'd3';

function safeCell(cell: string | number): string {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
}

export function excelCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${csvFormatRows(rows.map((row) => row.map(safeCell)))}\n`;
}
