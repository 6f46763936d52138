import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, FilesService, notFound, Principal, UploadedFileLike, writeAudit } from '@kehu/server-core';
import { RulesService } from '@kehu/server-settings';
import { DataSource } from 'typeorm';
import { findVisibleCustomer } from '../scope/customer-scope';
import { CustomerDocumentRepository } from './customer-document.repository';
import { CustomerDocumentDto, CustomerDocumentFieldsDto, toCustomerDocumentDto } from './customer-document.dto';

/**
 * Customer documents 文档管理 (seed 000): files kept under a customer, visible exactly when the
 * customer is (outside the scope the customer and its documents answer 404). Writing needs the
 * caller's own scope or a WRITE team seat, as for every other change to the customer.
 */
@Injectable()
export class CustomerDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly files: FilesService,
    private readonly rules: RulesService,
    private readonly documents: CustomerDocumentRepository,
  ) {}

  async list(principal: Principal, customerId: string): Promise<CustomerDocumentDto[]> {
    await findVisibleCustomer(this.db.manager, principal, customerId);
    return (await this.documents.listOf(customerId)).map(toCustomerDocumentDto);
  }

  async upload(principal: Principal, customerId: string, file: UploadedFileLike | undefined, dto: CustomerDocumentFieldsDto): Promise<CustomerDocumentDto> {
    return this.db.transaction(async (tx) => {
      // The customer first: outside the scope nothing about the upload is judged (no existence oracle).
      await findVisibleCustomer(tx, principal, customerId, true);
      const maxMb = await this.rules.get('fileMaxUploadMb', tx);
      const stored = await this.files.store(tx, file, { maxBytes: maxMb * 1024 * 1024 }, principal.userId);
      const id = await this.documents.insert(tx, { customerId, fileId: stored.id, note: dto.note ?? null, createdBy: principal.userId, now: this.clock.now() });
      await writeAudit(tx, { action: 'INSERT', entityType: 'CustomerDocument', entityId: id, after: { customerId, fileId: stored.id, name: stored.name, note: dto.note ?? null } });
      const row = await this.documents.findOf(customerId, id, tx);
      if (!row) throw new Error(`customer_document ${id} vanished inside its own transaction`);
      return toCustomerDocumentDto(row);
    });
  }

  async download(principal: Principal, customerId: string, id: string): Promise<StreamableFile> {
    await findVisibleCustomer(this.db.manager, principal, customerId);
    const document = await this.documents.findOf(customerId, id);
    if (!document) throw notFound('Document', id);
    return this.files.download(document.file_id, { customerId, documentId: id });
  }

  async remove(principal: Principal, customerId: string, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await findVisibleCustomer(tx, principal, customerId, true);
      const document = await this.documents.findOf(customerId, id, tx, true);
      if (!document) throw notFound('Document', id);
      await this.documents.softDelete(tx, id, this.clock.now());
      await this.files.remove(tx, document.file_id, { customerId, documentId: id });
      await writeAudit(tx, { action: 'DELETE', entityType: 'CustomerDocument', entityId: id, before: { customerId, fileId: document.file_id, name: document.name, note: document.note } });
    });
  }
}
