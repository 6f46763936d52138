import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** Where a stored blob is: its content's SHA-256, which is also its name. */
export interface StoredBlob {
  sha256: string;
  size: number;
}

/**
 * The file storage behind every attachment and document (ARCHITECTURE "Data"): content-addressed
 * blobs, so the same bytes uploaded twice are kept once and a blob's name proves its content.
 * Metadata (name, type, uploader) lives in the `stored_file` table, never here. Another backend
 * (an object store) implements the same three methods.
 */
export abstract class FileStorage {
  /** Keeps `content` and answers its address; a blob is visible under that address only once complete. */
  abstract put(content: Buffer): Promise<StoredBlob>;
  /** The content stored under `sha256`; rejects when there is none. */
  abstract open(sha256: string): Promise<Readable>;
  abstract has(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Blobs as files under `root` (`$KEHU_DATA_DIR/files`), fanned out as `ab/cd/abcd…` so no folder
 * grows huge. Each is written to `root/tmp` first and renamed into place: a rename within one file
 * system is atomic, so a crash leaves at most a stray temporary file, never a half blob under a
 * name a row refers to.
 */
export class LocalDiskFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: Buffer): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) return { sha256, size: content.length };
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const temporary = join(tmpDir, `${randomUUID()}.part`);
    try {
      // `flush` reaches the disk before the rename publishes the name.
      await writeFile(temporary, content, { flush: true, mode: 0o640 });
      await mkdir(join(target, '..'), { recursive: true });
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    return { sha256, size: content.length };
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    await access(path);
    return createReadStream(path);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }
}
