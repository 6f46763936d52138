import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Authorized, CurrentUser, IfMatch, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { QuoteDto, QuoteQueryDto, SaveQuoteDto } from './dto/quote.dto';
import { QuotesService } from './quotes.service';

@ApiTags('Quotes')
@Controller()
export class QuotesController {
  constructor(private readonly quotes: QuotesService) {}

  @Get('quotes')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'Quotes of the opportunities in your data scope' })
  @ApiPageResponse(QuoteDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: QuoteQueryDto): Promise<PageDto<QuoteDto>> {
    return this.quotes.list(me, query);
  }

  @Post('opportunities/:id/quotes')
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Draft a quote for the opportunity: lines priced from the catalogue, totals computed by the server' })
  @ApiCreatedResponse({ type: QuoteDto })
  @ApiProblems(400, 403, 404, { 409: 'opportunity-closed' })
  create(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: SaveQuoteDto): Promise<QuoteDto> {
    return this.quotes.create(me, id, dto);
  }

  @Get('quotes/:id')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'One quote with its lines' })
  @ApiOkResponse({ type: QuoteDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<QuoteDto> {
    return this.quotes.get(me, id);
  }

  @Put('quotes/:id')
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Replace a draft’s header and lines (whole or nothing)' })
  @ApiIfMatch()
  @ApiOkResponse({ type: QuoteDto })
  @ApiProblems(400, 403, 404, 412, { 409: 'invalid-state' })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: SaveQuoteDto, @IfMatch() ifMatch?: string): Promise<QuoteDto> {
    return this.quotes.update(me, id, dto, ifMatch);
  }

  @Post('quotes/:id/send')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Send a draft; below the discount rule this opens the approval and the quote is sent when approved' })
  @ApiOkResponse({ type: QuoteDto })
  @ApiProblems(400, 403, 404, { 409: 'invalid-state' })
  send(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<QuoteDto> {
    return this.quotes.send(me, id);
  }

  @Post('quotes/:id/accept')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'The customer accepted the sent quote (it may then start a contract draft)' })
  @ApiOkResponse({ type: QuoteDto })
  @ApiProblems(400, 403, 404, { 409: 'invalid-state' })
  accept(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<QuoteDto> {
    return this.quotes.decide(me, id, 'accept');
  }

  @Post('quotes/:id/reject')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'The customer turned the sent quote down' })
  @ApiOkResponse({ type: QuoteDto })
  @ApiProblems(400, 403, 404, { 409: 'invalid-state' })
  reject(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<QuoteDto> {
    return this.quotes.decide(me, id, 'reject');
  }

  @Post('quotes/:id/revise')
  @HttpCode(201)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Start the next revision of a sent, rejected or expired quote; the earlier one is kept unchanged' })
  @ApiCreatedResponse({ type: QuoteDto })
  @ApiProblems(400, 403, 404, { 409: 'invalid-state' })
  revise(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<QuoteDto> {
    return this.quotes.revise(me, id);
  }

  @Get('quotes/:id/print')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'The printable quote (HTML for the browser’s print / save as PDF)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A self-contained HTML page', schema: { type: 'string' } })
  @ApiProblems(400, 404)
  async print(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.quotes.printable(me, id), 'utf8'), { type: 'text/html; charset=utf-8' });
  }
}
