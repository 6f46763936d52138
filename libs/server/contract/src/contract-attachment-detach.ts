import { FilesService, writeAudit } from '@kehu/server-core';
import type { EntityManager } from 'typeorm';
import type { ContractRepository } from './contract.repository';
import type { ContractAttachmentRow } from './dto/contract.dto';

/**
 * Takes an attachment off its contract: the link is soft-deleted, the stored file is no longer served
 * (core keeps it for the audit trail), and the removal is audited. One attachment removed by hand and
 * every attachment of a deleted draft go through here.
 */
export async function detachAttachment(
  tx: EntityManager,
  deps: { repository: ContractRepository; files: FilesService; now: Date },
  contractId: string,
  attachment: ContractAttachmentRow,
): Promise<void> {
  await deps.repository.softDeleteAttachment(tx, attachment.id, deps.now);
  await deps.files.remove(tx, attachment.file_id, { contractId, attachmentId: attachment.id });
  await writeAudit(tx, { action: 'DELETE', entityType: 'ContractAttachment', entityId: attachment.id, before: { contractId, fileId: attachment.file_id, name: attachment.name, kind: attachment.kind } });
}
