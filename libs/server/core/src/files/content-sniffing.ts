/**
 * What a file is, judged by its bytes (magic numbers and, for zip containers, the entries inside),
 * never by its name or the Content-Type the browser claims: both are chosen by whoever uploads.
 * Only the kinds below are accepted anywhere in Kehu (docs/files.md).
 */
export interface SniffedType {
  /** The media type the file is stored and served with. */
  contentType: string;
  /** File name extensions a file of this kind may carry. */
  extensions: readonly string[];
}

const PDF: SniffedType = { contentType: 'application/pdf', extensions: ['pdf'] };
const PNG: SniffedType = { contentType: 'image/png', extensions: ['png'] };
const JPEG: SniffedType = { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe'] };
const GIF: SniffedType = { contentType: 'image/gif', extensions: ['gif'] };
const WEBP: SniffedType = { contentType: 'image/webp', extensions: ['webp'] };
const DOCX: SniffedType = { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] };
const XLSX: SniffedType = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] };
const PPTX: SniffedType = { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] };
const ZIP: SniffedType = { contentType: 'application/zip', extensions: ['zip'] };
const DOC: SniffedType = { contentType: 'application/msword', extensions: ['doc'] };
const XLS: SniffedType = { contentType: 'application/vnd.ms-excel', extensions: ['xls'] };
const PPT: SniffedType = { contentType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] };

/** Every media type Kehu stores, for the OpenAPI description of downloads. */
export const ACCEPTED_FILE_TYPES: readonly string[] = [PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, ZIP, DOC, XLS, PPT].map((t) => t.contentType);

/** The refusal: `reason` says what the bytes are, for the problem's detail. */
export interface RefusedType {
  refused: string;
}

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** Kinds that are refused by name, so the answer says why (an executable renamed to .pdf). */
function knownDangerous(bytes: Buffer): string | undefined {
  if (startsWith(bytes, [0x4d, 0x5a])) return 'a Windows executable';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'an ELF executable';
  if ([[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xcf, 0xfa, 0xed, 0xfe], [0xce, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]].some((s) => startsWith(bytes, s)))
    return 'a Mach-O executable';
  if (startsWith(bytes, [0x23, 0x21])) return 'a script';
  return undefined;
}

/**
 * The names of a zip archive's entries, read from its central directory (found through the end
 * record at the end of the file), or undefined when the bytes are not a well-formed zip.
 */
export function zipEntryNames(bytes: Buffer): string[] | undefined {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end record is 22 bytes plus a comment of at most 65535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return undefined;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** An Office Open XML package is a zip with [Content_Types].xml and its main part's folder. */
function officeOpenXml(names: string[]): SniffedType | undefined {
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.startsWith('word/'))) return DOCX;
  if (names.some((n) => n.startsWith('xl/'))) return XLSX;
  if (names.some((n) => n.startsWith('ppt/'))) return PPTX;
  return undefined;
}

/**
 * Legacy Office files are OLE compound documents; which application wrote one shows only deep
 * inside, so the extension of the name picks among the three (an OLE file is never executable).
 */
function legacyOffice(extension: string | undefined): SniffedType {
  if (extension === 'xls') return XLS;
  if (extension === 'ppt') return PPT;
  return DOC;
}

/** The lower-cased extension of a file name, without the dot. */
export function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return match?.[1].toLowerCase();
}

/**
 * The accepted kind of `bytes`, or why they are refused. `name` is the uploader's file name: its
 * extension must fit the content (a `.pdf` that is a PNG is refused too, so the name never lies to
 * whoever downloads it), and it picks among the legacy Office kinds.
 */
export function sniffContentType(bytes: Buffer, name: string): SniffedType | RefusedType {
  const extension = extensionOf(name);
  const dangerous = knownDangerous(bytes);
  if (dangerous) return { refused: `the content is ${dangerous}` };
  const type = recognise(bytes, extension);
  if (!type) return { refused: 'the content is none of PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint or zip' };
  if (extension && !type.extensions.includes(extension)) {
    return { refused: `the name ends in .${extension} but the content is ${type.contentType}` };
  }
  return type;
}

function recognise(bytes: Buffer, extension: string | undefined): SniffedType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61])) return GIF;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return WEBP; // RIFF....WEBP
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return legacyOffice(extension);
  // A zip starts with a local file header, or is empty (only the end record).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(bytes);
    if (!names) return undefined;
    return officeOpenXml(names) ?? ZIP;
  }
  return undefined;
}

export function isRefused(result: SniffedType | RefusedType): result is RefusedType {
  return 'refused' in result;
}
