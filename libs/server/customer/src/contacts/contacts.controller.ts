import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Authorized, CurrentUser, IfMatch, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { ContactsService } from './contacts.service';
import { ContactDto, ContactQueryDto, CreateContactDto, UpdateContactDto } from './contact.dto';

@ApiTags('Contacts')
@Controller()
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get('contacts')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Contacts of the customers I may see; `q` by name or mobile' })
  @ApiPageResponse(ContactDto)
  @ApiProblems(400)
  search(@CurrentUser() me: Principal, @Query() query: ContactQueryDto): Promise<PageDto<ContactDto>> {
    return this.contacts.search(me, query);
  }

  @Get('customers/:customerId/contacts')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Contacts of a customer, primary first' })
  @ApiOkResponse({ type: [ContactDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string): Promise<ContactDto[]> {
    return this.contacts.listOf(me, customerId);
  }

  @Post('customers/:customerId/contacts')
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Add a contact (the first one becomes primary); a mobile already used by another customer is refused with 409' })
  @ApiCreatedResponse({ type: ContactDto })
  @ApiProblems(400, 404, { 409: '`duplicate-customer` (`existing`, `errors` naming `mobile`): the mobile is another customer’s phone or one of its contacts’ mobiles' })
  create(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string, @Body() dto: CreateContactDto): Promise<ContactDto> {
    return this.contacts.create(me, customerId, dto);
  }

  @Patch('customers/:customerId/contacts/:id')
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Edit a contact; setting isPrimary moves the primary flag here' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ContactDto })
  @ApiProblems(400, 404, 412, { 409: '`duplicate-customer` (`existing`, `errors` naming `mobile`): the mobile is another customer’s phone or one of its contacts’ mobiles' })
  update(
    @CurrentUser() me: Principal,
    @Param('customerId', UuidParam) customerId: string,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateContactDto,
    @IfMatch() ifMatch?: string,
  ): Promise<ContactDto> {
    return this.contacts.update(me, customerId, id, dto, ifMatch);
  }

  @Delete('customers/:customerId/contacts/:id')
  @HttpCode(204)
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Remove a contact' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  remove(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string, @Param('id', UuidParam) id: string): Promise<void> {
    return this.contacts.remove(me, customerId, id);
  }
}
