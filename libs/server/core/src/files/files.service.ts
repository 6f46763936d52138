import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from '../audit/audit-writer';
import { notFound } from '../http/domain-error';
import { Clock } from '../time/clock';
import { contentDisposition, isControl } from './content-disposition';
import { isRefused, sniffContentType } from './content-sniffing';
import { FileStorage } from './file-storage';
import { FileError, FileErrorCode } from './files.exception';
import { StoredFileRepository, StoredFileRow } from './stored-file.repository';

export type { StoredFileRow } from './stored-file.repository';

/** What multer's memory storage hands a controller (`@UploadedFile()`). */
export interface UploadedFileLike {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Default upload limit, in megabytes, when a domain has no rule of its own (the `fileMaxUploadMb` rule's default). */
export const DEFAULT_MAX_UPLOAD_MB = 20;

/** The longest file name kept; longer names are cut (keeping the extension). */
const MAX_NAME_LENGTH = 200;

/** The file name as kept: no path (some browsers send one), no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = [...base].filter((c) => !isControl(c)).join('').trim();
  if (name.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : '';
  return name.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/**
 * Files for every domain: checks an upload (size limit given by the caller's rule, kind by its
 * content), keeps its bytes in the FileStorage and its metadata in `stored_file`, serves it back,
 * and audits each upload, download and deletion. Who may do which is the calling domain's
 * business: it checks permission and data scope of the record the file belongs to, then calls here.
 */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores an upload within the caller's transaction. The blob is written (atomically) before the
   * row, so a row never names missing bytes; a rolled-back transaction leaves an unreferenced blob,
   * which is harmless.
   */
  async store(tx: EntityManager, file: UploadedFileLike | undefined, limits: { maxBytes: number }, uploaderId: string | null): Promise<StoredFileRow> {
    if (!file?.buffer) {
      throw new FileError(FileErrorCode.FileRequired, 'Send the file as the multipart field "file"', {
        errors: [{ field: 'file', message: 'is required (multipart field "file")', code: 'required' }],
      });
    }
    if (file.buffer.length > limits.maxBytes) throw tooLarge(limits.maxBytes);
    const name = cleanFileName(file.originalname ?? '');
    if (!name) {
      throw new FileError(FileErrorCode.FileUnreadable, 'The file has no name', { errors: [{ field: 'file', message: 'has no file name', code: 'name' }] });
    }
    const sniffed = sniffContentType(file.buffer, name);
    if (isRefused(sniffed)) {
      throw new FileError(FileErrorCode.FileTypeNotAllowed, `${name}: ${sniffed.refused}`, {
        errors: [{ field: 'file', message: sniffed.refused, code: 'type' }],
      });
    }
    const blob = await this.storage.put(file.buffer);
    const stored = await StoredFileRepository.insert(tx, {
      name,
      size: blob.size,
      sha256: blob.sha256,
      contentType: sniffed.contentType,
      createdBy: uploaderId,
      createdAt: this.clock.now(),
    });
    await writeAudit(tx, { action: 'UPLOAD', entityType: 'StoredFile', entityId: stored.id, after: auditView(stored) });
    return stored;
  }

  /** A live file's metadata, or undefined. */
  async find(id: string, tx: EntityManager = this.db.manager): Promise<StoredFileRow | undefined> {
    return StoredFileRepository.findLive(tx, id);
  }

  /**
   * The file as an HTTP answer: its sniffed type, a Content-Disposition that keeps a Chinese name,
   * and `nosniff` so a browser never reinterprets it (an upload is never run as HTML or script).
   * `context` says, for the audit trail, through which record it was read.
   */
  async download(id: string, context: Record<string, unknown> = {}, disposition: 'attachment' | 'inline' = 'attachment'): Promise<StreamableFile> {
    const file = await this.find(id);
    if (!file) throw notFound('File', id);
    const stream = await this.storage.open(file.sha256);
    await writeAudit(this.db.manager, { action: 'DOWNLOAD', entityType: 'StoredFile', entityId: file.id, after: { ...auditView(file), ...context } });
    return new StreamableFile(stream, { type: file.contentType, disposition: contentDisposition(file.name, disposition), length: file.size });
  }

  /**
   * Removes a file from use (soft delete, audited). The blob stays: identical content may back other
   * rows, and blobs are never rewritten, so a reader holding the old row still gets whole bytes.
   */
  async remove(tx: EntityManager, id: string, context: Record<string, unknown> = {}): Promise<void> {
    const removed = await StoredFileRepository.softDelete(tx, id, this.clock.now());
    if (!removed) throw notFound('File', id);
    await writeAudit(tx, { action: 'DELETE', entityType: 'StoredFile', entityId: id, before: { ...auditView(removed), ...context } });
  }
}

function auditView(file: StoredFileRow): Record<string, unknown> {
  return { name: file.name, size: file.size, sha256: file.sha256, contentType: file.contentType };
}

export function tooLarge(maxBytes: number) {
  const message = `is larger than ${formatMegabytes(maxBytes)} MB`;
  return new FileError(FileErrorCode.FileTooLarge, `file: ${message}`, { errors: [{ field: 'file', message, code: 'maxSize' }] });
}

function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 100) / 100);
}
