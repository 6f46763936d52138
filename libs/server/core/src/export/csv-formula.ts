/**
 * CSV formula injection (issue 18, finding 10; OWASP "CSV Injection"): a spreadsheet opening a CSV
 * runs a cell that starts with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, `=cmd|…`), and
 * Excel strips a leading tab or carriage return before deciding. Every text cell a CSV export writes
 * goes through `csvSafeCell`, which puts an apostrophe before such a cell: spreadsheets show it as
 * text, people see the value unchanged. Numbers written as numbers are left alone (`-5` is a number,
 * not a formula). XLSX needs none of this: its cells are typed, a string stays a string.
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/** The cell as a CSV export writes it: text that a spreadsheet would take for a formula gets a leading `'`. */
export function csvSafeCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_LEAD.test(value) ? `'${value}` : value;
}

/** A row of cells for CSV, each through csvSafeCell. */
export function csvSafeRow<T>(cells: readonly T[]): Array<T | string> {
  return cells.map(csvSafeCell);
}

/**
 * The value of a cell read back from a CSV that Kehu (or a tool following the same convention)
 * exported: the apostrophe csvSafeCell added is removed, so an export edited and imported again
 * keeps `+86 …` and `-` as they were. Only an apostrophe before a formula character is removed.
 */
export function csvCellValue(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_LEAD.test(cell.slice(1)) ? cell.slice(1) : cell;
}
