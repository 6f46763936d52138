import { csvCellValue, csvSafeCell, csvSafeRow } from './csv-formula';

describe('CSV formula injection', () => {
  it('puts an apostrophe before text a spreadsheet would take for a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvSafeCell(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(csvSafeCell('=HYPERLINK("http://evil.example")')).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('leaves other text, numbers and empty cells alone', () => {
    expect(csvSafeRow(['靖江市春意空调有限公司', 'a=b', ' =1', '', null, -5, 12.5])).toEqual(['靖江市春意空调有限公司', 'a=b', ' =1', '', null, -5, 12.5]);
  });

  it('reads an escaped cell back as it was, and nothing else', () => {
    for (const value of ['=1+1', '+86 138 0013 8000', '-', '@x', '\tx', '\rx']) expect(csvCellValue(csvSafeCell(value) as string)).toBe(value);
    expect(csvCellValue("'quoted")).toBe("'quoted");
    expect(csvCellValue("'")).toBe("'");
    expect(csvCellValue('plain')).toBe('plain');
  });
});
