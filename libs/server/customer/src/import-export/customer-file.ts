import { csvCellValue } from '@kehu/server-core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalidFile } from './import.exception';

/** A sheet as text: the header row and the data rows (cells as trimmed strings). */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Reads an uploaded CSV (UTF-8 with or without BOM, or GBK) or XLSX file. */
export async function readSheet(buffer: Buffer): Promise<Sheet> {
  if (!buffer.length) throw invalidFile('is empty');
  const table = buffer.subarray(0, 4).equals(ZIP_MAGIC) ? await readXlsx(buffer) : readCsv(buffer);
  const [headers = [], ...rows] = table;
  return { headers: headers.map((h) => h.trim()), rows: rows.filter((r) => r.some((cell) => cell !== '')) };
}

export function decodeText(buffer: Buffer): string {
  if (buffer.subarray(0, 3).equals(UTF8_BOM)) return buffer.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Not UTF-8: Excel on a Chinese Windows saves CSV as GBK (GB18030 is its superset).
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer): string[][] {
  const text = decodeText(buffer);
  // Binary garbage (images, zip parts, Office 97 files) is not a CSV.
  if (text.includes('\u0000')) throw invalidFile('is neither CSV nor XLSX');
  try {
    const rows: string[][] = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
    // A CSV exported by Kehu carries a ' before cells that start like a formula: read back, they are what was exported.
    return rows.map((row) => row.map(csvCellValue));
  } catch (error) {
    throw invalidFile(`is not a readable CSV (${(error as Error).message})`);
  }
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw invalidFile(`is not a readable XLSX (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidFile('has no worksheet');
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    out.push(cells);
  });
  return out;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value).trim();
  const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; hyperlink?: string; error?: string };
  if (v.richText)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (v.text !== undefined) return cellText(v.text);
  if (v.result !== undefined) return cellText(v.result);
  return '';
}
