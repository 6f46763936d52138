import type { EntityManager } from 'typeorm';

/** A row of `stored_file`: the metadata of one upload; the bytes are the blob named by `sha256`. */
export interface StoredFileRow {
  id: string;
  name: string;
  size: number;
  sha256: string;
  contentType: string;
  createdBy: string | null;
  createdAt: Date;
}

interface StoredFileDbRow {
  id: string;
  name: string;
  size: string;
  sha256: string;
  content_type: string;
  created_by: string | null;
  created_at: Date;
}

const toRow = (r: StoredFileDbRow): StoredFileRow => ({
  id: r.id,
  name: r.name,
  size: Number(r.size),
  sha256: r.sha256,
  contentType: r.content_type,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const COLUMNS = 'id, name, size, sha256, content_type, created_by, created_at';

/** The SQL of `stored_file` (core files' only table): file metadata rows, written in the caller's transaction. */
export const StoredFileRepository = {
  async insert(tx: EntityManager, file: Omit<StoredFileRow, 'id'>): Promise<StoredFileRow> {
    const [row] = (await tx.query(
      `INSERT INTO stored_file (name, size, sha256, content_type, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [file.name, file.size, file.sha256, file.contentType, file.createdBy, file.createdAt],
    )) as StoredFileDbRow[];
    return toRow(row);
  },

  /** A file not deleted, or undefined. */
  async findLive(tx: EntityManager, id: string): Promise<StoredFileRow | undefined> {
    const [row] = (await tx.query(`SELECT ${COLUMNS} FROM stored_file WHERE id = $1 AND deleted_at IS NULL`, [id])) as StoredFileDbRow[];
    return row ? toRow(row) : undefined;
  },

  /** Marks a live file deleted at `at`; the row as it was, or undefined when there was none. */
  async softDelete(tx: EntityManager, id: string, at: Date): Promise<StoredFileRow | undefined> {
    const [rows] = (await tx.query(`UPDATE stored_file SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING ${COLUMNS}`, [id, at])) as [
      StoredFileDbRow[],
      number,
    ];
    return rows.length ? toRow(rows[0]) : undefined;
  },
};
