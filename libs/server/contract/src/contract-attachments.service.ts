import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, CoreError, CoreErrorCode, FilesService, notFound, Principal, UploadedFileLike, writeAudit } from '@kehu/server-core';
import { RulesService } from '@kehu/server-settings';
import { DataSource } from 'typeorm';
import { detachAttachment } from './contract-attachment-detach';
import { contractActionAllowed } from './contract-rules';
import { ContractRepository } from './contract.repository';
import { AttachmentKind, ContractAttachmentDto, ContractAttachmentFieldsDto, toContractAttachmentDto } from './dto/contract.dto';
import { ContractsService } from './contracts.service';

/**
 * Attachments of a contract (the signed scan, or an electronic contract's file, and anything else):
 * core stored files, visible exactly when the contract is (outside the scope: 404, like a missing
 * one). Added until the contract closes; removed only before it is signed (the signed scan stays).
 */
@Injectable()
export class ContractAttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly files: FilesService,
    private readonly rules: RulesService,
    private readonly repository: ContractRepository,
    private readonly contracts: ContractsService,
  ) {}

  async list(principal: Principal, contractId: string): Promise<ContractAttachmentDto[]> {
    await this.assertVisible(principal, contractId);
    return (await this.repository.attachments(contractId)).map(toContractAttachmentDto);
  }

  async upload(principal: Principal, contractId: string, file: UploadedFileLike | undefined, dto: ContractAttachmentFieldsDto): Promise<ContractAttachmentDto> {
    return this.db.transaction(async (tx) => {
      // The contract first: outside the scope nothing about the upload is judged (no existence oracle).
      const contract = await this.contracts.lockFor(tx, principal, contractId, 'attach');
      const maxMb = await this.rules.get('fileMaxUploadMb', tx);
      const stored = await this.files.store(tx, file, { maxBytes: maxMb * 1024 * 1024 }, principal.userId);
      const kind = dto.kind ?? AttachmentKind.Other;
      const id = await this.repository.insertAttachment(tx, { contractId, fileId: stored.id, kind, note: dto.note ?? null, createdBy: principal.userId, now: this.clock.now() });
      await writeAudit(tx, { action: 'INSERT', entityType: 'ContractAttachment', entityId: id, after: { contractId, number: contract.number, fileId: stored.id, name: stored.name, kind, note: dto.note ?? null } });
      const row = await this.repository.attachment(contractId, id, tx);
      if (!row) throw new Error(`contract_attachment ${id} vanished inside its own transaction`);
      return toContractAttachmentDto(row);
    });
  }

  async download(principal: Principal, contractId: string, id: string): Promise<StreamableFile> {
    await this.assertVisible(principal, contractId);
    const attachment = await this.repository.attachment(contractId, id);
    if (!attachment) throw notFound('Attachment', id);
    return this.files.download(attachment.file_id, { contractId, attachmentId: id });
  }

  async remove(principal: Principal, contractId: string, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const contract = await this.repository.findVisible(tx, principal, contractId, true);
      if (!contract) throw notFound('Contract', contractId);
      const attachment = await this.repository.attachment(contractId, id, tx, true);
      if (!attachment) throw notFound('Attachment', id);
      if (!contractActionAllowed(contract.status, 'detach')) throw new CoreError(CoreErrorCode.InvalidState, `The attachments of a ${contract.status} contract are kept`);
      await detachAttachment(tx, { repository: this.repository, files: this.files, now: this.clock.now() }, contractId, attachment);
    });
  }

  private async assertVisible(principal: Principal, contractId: string): Promise<void> {
    if (!(await this.repository.findVisible(this.db.manager, principal, contractId))) throw notFound('Contract', contractId);
  }
}
