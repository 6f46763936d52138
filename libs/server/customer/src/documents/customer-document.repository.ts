import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CustomerDocumentRow } from './customer-document.dto';

const SELECT_DOCUMENT = `
  SELECT d.id, d.customer_id, d.file_id, d.note, f.name, f.size, f.content_type, f.sha256, d.created_by, u.display_name AS uploaded_by_name, d.created_at
  FROM customer_document d
  JOIN stored_file f ON f.id = d.file_id
  LEFT JOIN app_user u ON u.id = d.created_by`;

/** The SQL of customer documents. Scope is the customer's: callers have checked the customer first. */
@Injectable()
export class CustomerDocumentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A customer's live documents, newest first. */
  listOf(customerId: string, tx: EntityManager = this.db.manager): Promise<CustomerDocumentRow[]> {
    return tx.query(`${SELECT_DOCUMENT} WHERE d.customer_id = $1 AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC`, [customerId]);
  }

  /** One live document of the customer, or undefined (another customer's document is not this one's). */
  async findOf(customerId: string, id: string, tx: EntityManager = this.db.manager, lock = false): Promise<CustomerDocumentRow | undefined> {
    const [row] = await tx.query(
      `${SELECT_DOCUMENT} WHERE d.id = $1 AND d.customer_id = $2 AND d.deleted_at IS NULL${lock ? ' FOR UPDATE OF d' : ''}`,
      [id, customerId],
    );
    return row;
  }

  async insert(tx: EntityManager, values: { customerId: string; fileId: string; note: string | null; createdBy: string; now: Date }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO customer_document (customer_id, file_id, note, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [values.customerId, values.fileId, values.note, values.createdBy, values.now],
    );
    return row.id;
  }

  async softDelete(tx: EntityManager, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE customer_document SET deleted_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`, [id, now]);
  }
}
