import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDisposition } from './content-disposition';
import { isRefused, sniffContentType, zipEntryNames } from './content-sniffing';
import { LocalDiskFileStorage } from './file-storage';
import { cleanFileName } from './files.service';
import { SAMPLE_FILES } from '../testing/sample-files';

describe('content sniffing', () => {
  it.each([
    ['合同.pdf', SAMPLE_FILES.pdf, 'application/pdf'],
    ['scan.png', SAMPLE_FILES.png, 'image/png'],
    ['photo.JPG', SAMPLE_FILES.jpeg, 'image/jpeg'],
    ['a.gif', SAMPLE_FILES.gif, 'image/gif'],
    ['a.webp', SAMPLE_FILES.webp, 'image/webp'],
    ['合同.docx', SAMPLE_FILES.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['报价.xlsx', SAMPLE_FILES.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['介绍.pptx', SAMPLE_FILES.pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['资料.zip', SAMPLE_FILES.zip, 'application/zip'],
    ['old.doc', SAMPLE_FILES.ole, 'application/msword'],
    ['old.xls', SAMPLE_FILES.ole, 'application/vnd.ms-excel'],
    ['no-extension', SAMPLE_FILES.pdf, 'application/pdf'],
  ])('accepts %s by its content (case %#)', (name, bytes, type) => {
    const result = sniffContentType(bytes, name);
    expect(isRefused(result) ? result.refused : result.contentType).toBe(type);
  });

  it.each([
    ['invoice.pdf', SAMPLE_FILES.exe, /Windows executable/],
    ['invoice.pdf', SAMPLE_FILES.elf, /ELF executable/],
    ['page.pdf', SAMPLE_FILES.html, /none of PDF/],
    ['notes.txt', Buffer.from('plain text'), /none of PDF/],
    ['empty.pdf', Buffer.alloc(0), /none of PDF/],
    // The name must fit the content: a PNG called .pdf is refused too.
    ['scan.pdf', SAMPLE_FILES.png, /ends in \.pdf but the content is image\/png/],
    ['report.docx', SAMPLE_FILES.zip, /ends in \.docx but the content is application\/zip/],
    // A zip header with no readable directory is not a zip.
    ['broken.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /none of PDF/],
  ])('refuses %s (case %#)', (name, bytes, reason) => {
    const result = sniffContentType(bytes, name);
    expect(isRefused(result) ? result.refused : `accepted as ${result.contentType}`).toMatch(reason);
  });

  it('reads zip entry names from the central directory', () => {
    expect(zipEntryNames(SAMPLE_FILES.zip)).toEqual(['报价单.txt', 'images/a.png']);
    expect(zipEntryNames(Buffer.from('not a zip at all, not even close'))).toBeUndefined();
  });
});

describe('Content-Disposition', () => {
  it('keeps a Chinese name in filename* (UTF-8, RFC 5987) with an ASCII fallback', () => {
    const header = contentDisposition('扬州春意 合同(终稿).pdf');
    expect(header).toBe(`attachment; filename="____ __(__).pdf"; filename*=UTF-8''%E6%89%AC%E5%B7%9E%E6%98%A5%E6%84%8F%20%E5%90%88%E5%90%8C%28%E7%BB%88%E7%A8%BF%29.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('扬州春意 合同(终稿).pdf');
  });

  it('lets no quote, line break or path reach the header', () => {
    const header = contentDisposition('a"b\r\nSet-Cookie: x=1/../c\\d.pdf', 'inline');
    expect(header.startsWith('inline; filename="a_b__Set-Cookie: x=1_.._c_d.pdf"')).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe('file names', () => {
  it('keeps the last path segment, without control characters, at most 200 characters with the extension', () => {
    expect(cleanFileName('C:\\Users\\王\\合同.pdf')).toBe('合同.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u001f.pdf')).toBe('ab.pdf');
    const long = cleanFileName(`${'长'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});

describe('LocalDiskFileStorage', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'kehu-files-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores content under its SHA-256, once for identical content, leaving no temporary file', async () => {
    const storage = new LocalDiskFileStorage(root);
    const content = Buffer.from('%PDF-1.4 合同');
    const first = await storage.put(content);
    const second = await storage.put(Buffer.from(content));
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(first).toEqual({ sha256, size: content.length });
    expect(second).toEqual(first);
    expect(readFileSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toEqual(content);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.open(sha256)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(content);
    expect(await storage.has('0'.repeat(64))).toBe(false);
    await expect(storage.open('0'.repeat(64))).rejects.toThrow();
  });

  it('refuses an address that is not a SHA-256 (no path escapes the root)', () => {
    expect(() => new LocalDiskFileStorage(root).pathOf('../../etc/passwd')).toThrow(/not a SHA-256/);
  });
});
