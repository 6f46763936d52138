import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@kehu/server-core';

/** The text fields of an upload's multipart form (the file itself arrives through multer). */
export class CustomerDocumentFieldsDto {
  @TextField({ max: 500, optional: true, example: '2026 年度框架协议扫描件' })
  note?: string;
}

/** The multipart form of an upload, as OpenAPI shows it: the file, and an optional note. */
export class UploadCustomerDocumentDto extends CustomerDocumentFieldsDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint (also legacy .doc/.xls/.ppt) or zip, judged by content; at most the `fileMaxUploadMb` rule (default 20 MB)',
  })
  file: unknown;
}

export class CustomerDocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ example: '扬州春意框架协议.pdf' }) name: string;
  @ApiProperty({ type: 'integer', example: 482113, description: 'Bytes' }) size: number;
  @ApiProperty({ example: 'application/pdf', description: 'The type found in the content' }) contentType: string;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ nullable: true, type: String, example: '2026 年度框架协议扫描件' }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) uploadedById: string | null;
  @ApiProperty({ nullable: true, type: String, example: '张伟' }) uploadedByName: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export interface CustomerDocumentRow {
  id: string;
  customer_id: string;
  file_id: string;
  note: string | null;
  name: string;
  size: string;
  content_type: string;
  sha256: string;
  created_by: string | null;
  uploaded_by_name: string | null;
  created_at: Date;
}

export function toCustomerDocumentDto(row: CustomerDocumentRow): CustomerDocumentDto {
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    size: Number(row.size),
    contentType: row.content_type,
    sha256: row.sha256,
    note: row.note,
    uploadedById: row.created_by,
    uploadedByName: row.uploaded_by_name,
    uploadedAt: new Date(row.created_at).toISOString(),
  };
}
