import { Body, Controller, Delete, Get, HttpCode, Param, Post, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFileDownload, ApiFileUpload, ApiProblems, Authorized, CurrentUser, Principal, UploadedFileLike, UuidParam } from '@kehu/server-core';
import { CustomerDocumentDto, CustomerDocumentFieldsDto, UploadCustomerDocumentDto } from './customer-document.dto';
import { CustomerDocumentsService } from './customer-documents.service';

const UPLOAD_PROBLEMS = {
  400: '`file-required`, `file-unreadable` or `validation-failed`; `errors` names `file` or `note`',
  413: '`file-too-large`: larger than the `fileMaxUploadMb` rule (`errors` names `file`)',
  415: '`file-type-not-allowed`: the content is not an accepted kind, or does not fit the name’s extension (`errors` names `file`)',
};

@ApiTags('Customer documents')
@Controller('customers/:customerId/documents')
export class CustomerDocumentsController {
  constructor(private readonly documents: CustomerDocumentsService) {}

  @Get()
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Documents 文档管理 filed under a customer, newest first' })
  @ApiOkResponse({ type: [CustomerDocumentDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string): Promise<CustomerDocumentDto[]> {
    return this.documents.list(me, customerId);
  }

  @Post()
  @Authorized('customer-document:write')
  @ApiOperation({ summary: 'File a document under a customer (multipart field `file`, optional `note`); its kind is judged by content' })
  @ApiFileUpload(UploadCustomerDocumentDto)
  @ApiCreatedResponse({ type: CustomerDocumentDto })
  @ApiProblems(404, UPLOAD_PROBLEMS)
  upload(
    @CurrentUser() me: Principal,
    @Param('customerId', UuidParam) customerId: string,
    @UploadedFile() file: UploadedFileLike | undefined,
    @Body() dto: CustomerDocumentFieldsDto,
  ): Promise<CustomerDocumentDto> {
    return this.documents.upload(me, customerId, file, dto);
  }

  @Get(':id')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Download a customer document (audited)' })
  @ApiFileDownload('The document')
  @ApiProblems(400, 404)
  download(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string, @Param('id', UuidParam) id: string): Promise<StreamableFile> {
    return this.documents.download(me, customerId, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('customer-document:write')
  @ApiOperation({ summary: 'Remove a customer document (audited; the file is kept for the audit trail but no longer served)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  remove(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string, @Param('id', UuidParam) id: string): Promise<void> {
    return this.documents.remove(me, customerId, id);
  }
}
