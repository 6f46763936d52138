import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApprovalDto } from '@kehu/server-approval';
import { ApiFileDownload, ApiFileUpload, ApiIfMatch, ApiPageResponse, ApiProblems, Authorized, CurrentUser, IfMatch, PageDto, Principal, UploadedFileLike, UuidParam } from '@kehu/server-core';
import { ContractAttachmentsService } from './contract-attachments.service';
import {
  AmendContractDto,
  CompleteContractDto,
  ContractAttachmentDto,
  ContractAttachmentFieldsDto,
  ContractDto,
  ContractQueryDto,
  ContractRevisionDto,
  ContractSummaryDto,
  CreateContractDto,
  SaveContractDto,
  SignContractDto,
  TerminateContractDto,
  UploadContractAttachmentDto,
} from './dto/contract.dto';
import { ContractsService } from './contracts.service';

const STATE_409 = '`invalid-state`: the contract’s status does not allow this';

@ApiTags('Contracts')
@Controller('contracts')
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Get()
  @Authorized('contract:read')
  @ApiOperation({
    summary:
      'Contracts in my data scope (finance and executives: all); filters by status, customer, owner, amount and dates; `q` finds a number by its start (either case), a title or buyer name containing it (3 characters or more), and the contracts of customers the customer search finds (name, code, phone, pinyin, contact) among those I may see; `sort` by createdAt (default -createdAt), total, signingDate, endDate or number',
  })
  @ApiPageResponse(ContractSummaryDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: ContractQueryDto): Promise<PageDto<ContractSummaryDto>> {
    return this.contracts.list(me, query);
  }

  @Post()
  @Authorized('contract:write')
  @ApiOperation({
    summary:
      'Draft a contract: from scratch, from an ACCEPTED quote (lines copied unless given) or from an opportunity; with my reserved number or the next one; lines priced by the server',
  })
  @ApiCreatedResponse({ type: ContractDto })
  @ApiProblems(400, 404, {
    409: '`invalid-state` (the quote is not accepted), `contract-no-customer-yet`, `contract-number-reserved-by-other`, `contract-number-expired`, `contract-number-used` (`errors` names `number`)',
  })
  create(@CurrentUser() me: Principal, @Body() dto: CreateContractDto): Promise<ContractDto> {
    return this.contracts.create(me, dto);
  }

  @Get(':id')
  @Authorized('contract:read')
  @ApiOperation({ summary: 'One contract with the lines in force and what its status allows' })
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ContractDto> {
    return this.contracts.get(me, id);
  }

  @Put(':id')
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Replace a DRAFT (header, buyer, lines, 附加及其他) whole; any other status is 409' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404, 412, { 409: STATE_409 })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: SaveContractDto, @IfMatch() ifMatch?: string): Promise<ContractDto> {
    return this.contracts.update(me, id, dto, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Delete a DRAFT: its number becomes VOID (kept on record, never reissued), its attachments are detached; any other status is 409 with `currentStatus`' })
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 412, { 409: `${STATE_409} (\`currentStatus\`)` })
  remove(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @IfMatch() ifMatch?: string): Promise<void> {
    return this.contracts.remove(me, id, ifMatch);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Submit a DRAFT for approval: the sales manager; finance and an executive too at or above `contractApprovalAmountThreshold` or below `contractApprovalDiscountThreshold`' })
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404, { 409: `${STATE_409}; \`approval-already-pending\`` })
  submit(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ContractDto> {
    return this.contracts.submit(me, id);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Authorized('contract:sign')
  @ApiOperation({
    summary:
      'Sign an APPROVED contract: it becomes ACTIVE, the customer FORMAL (after-sales owner, deal date, churn alerts resolved), the opportunity won and the quote contracted — all or nothing',
  })
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404, {
    409: `${STATE_409}; \`contract-customer-not-signable\` (\`currentStatus\`: the customer’s), \`contract-order-review-required\`, \`contract-signed-scan-missing\` (\`errors\` names \`electronic\`)`,
  })
  sign(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: SignContractDto): Promise<ContractDto> {
    return this.contracts.sign(me, id, dto);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Authorized('contract:close')
  @ApiOperation({ summary: 'Declare an ACTIVE contract fulfilled by hand, with the reason: COMPLETED' })
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  complete(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: CompleteContractDto): Promise<ContractDto> {
    return this.contracts.complete(me, id, dto);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @Authorized('contract:close')
  @ApiOperation({ summary: 'Terminate an APPROVED or ACTIVE contract, with the reason' })
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  terminate(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: TerminateContractDto): Promise<ContractDto> {
    return this.contracts.terminate(me, id, dto);
  }

  @Post(':id/order-review')
  @HttpCode(200)
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Ask the order review 订单评审 of an APPROVED custom order (chain `contract.order-review`); signing waits until it passes' })
  @ApiOkResponse({ type: ContractDto })
  @ApiProblems(400, 404, { 409: `${STATE_409}; \`contract-order-review-not-applicable\` (a stock order, or a review pending or passed)` })
  requestOrderReview(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ContractDto> {
    return this.contracts.requestOrderReview(me, id);
  }

  @Post(':id/amendments')
  @HttpCode(201)
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Amend 变更 an ACTIVE contract: a new revision submitted for its own approval; the revision in force stays until it is approved' })
  @ApiCreatedResponse({ type: ContractDto })
  @ApiProblems(400, 404, { 409: `${STATE_409} (also while an amendment awaits approval)` })
  amend(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: AmendContractDto): Promise<ContractDto> {
    return this.contracts.amend(me, id, dto);
  }

  @Get(':id/revisions')
  @Authorized('contract:read')
  @ApiOperation({ summary: 'Every revision of the contract (the original and each amendment), oldest first, with lines and figures' })
  @ApiOkResponse({ type: [ContractRevisionDto] })
  @ApiProblems(400, 404)
  revisions(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ContractRevisionDto[]> {
    return this.contracts.revisions(me, id);
  }

  @Get(':id/approvals')
  @Authorized('contract:read')
  @ApiOperation({ summary: 'The approval trail: approvals of the contract and its amendments, and order reviews, oldest first, with every step’s comment' })
  @ApiOkResponse({ type: [ApprovalDto] })
  @ApiProblems(400, 404)
  approvals(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ApprovalDto[]> {
    return this.contracts.approvalTrail(me, id);
  }
}

const UPLOAD_PROBLEMS = {
  400: '`file-required`, `file-unreadable` or `validation-failed`; `errors` names `file`, `kind` or `note`',
  409: STATE_409,
  413: '`file-too-large`: larger than the `fileMaxUploadMb` rule (`errors` names `file`)',
  415: '`file-type-not-allowed`: the content is not an accepted kind, or does not fit the name’s extension (`errors` names `file`)',
};

@ApiTags('Contracts')
@Controller('contracts/:contractId/attachments')
export class ContractAttachmentsController {
  constructor(private readonly attachments: ContractAttachmentsService) {}

  @Get()
  @Authorized('contract:read')
  @ApiOperation({ summary: 'Attachments of a contract, newest first' })
  @ApiOkResponse({ type: [ContractAttachmentDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('contractId', UuidParam) contractId: string): Promise<ContractAttachmentDto[]> {
    return this.attachments.list(me, contractId);
  }

  @Post()
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Attach a file (multipart field `file`, optional `kind` and `note`); its kind is judged by content' })
  @ApiFileUpload(UploadContractAttachmentDto)
  @ApiCreatedResponse({ type: ContractAttachmentDto })
  @ApiProblems(404, UPLOAD_PROBLEMS)
  upload(
    @CurrentUser() me: Principal,
    @Param('contractId', UuidParam) contractId: string,
    @UploadedFile() file: UploadedFileLike | undefined,
    @Body() dto: ContractAttachmentFieldsDto,
  ): Promise<ContractAttachmentDto> {
    return this.attachments.upload(me, contractId, file, dto);
  }

  @Get(':id')
  @Authorized('contract:read')
  @ApiOperation({ summary: 'Download an attachment (audited)' })
  @ApiFileDownload('The attachment')
  @ApiProblems(400, 404)
  download(@CurrentUser() me: Principal, @Param('contractId', UuidParam) contractId: string, @Param('id', UuidParam) id: string): Promise<StreamableFile> {
    return this.attachments.download(me, contractId, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('contract:write')
  @ApiOperation({ summary: 'Remove an attachment of a contract not yet signed (audited; the file is kept for the audit trail but no longer served)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404, { 409: STATE_409 })
  remove(@CurrentUser() me: Principal, @Param('contractId', UuidParam) contractId: string, @Param('id', UuidParam) id: string): Promise<void> {
    return this.attachments.remove(me, contractId, id);
  }
}
