import { Controller, Post, Body } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DateTimeField, EnumField, IntField, MoneyField, TextField, UuidField } from './field-decorators';
import { flattenValidationErrors } from './validation-error';

enum Colour {
  Red = 'RED',
  Blue = 'BLUE',
}

class ProbeDto {
  @TextField({ max: 5, example: '春意' }) name: string;
  @TextField({ max: 20, optional: true, nullable: true }) note?: string | null;
  @TextField({ max: 20, optional: true }) title?: string;
  @IntField({ min: 0, max: 10, optional: true, default: 0 }) sortOrder?: number;
  @MoneyField({ optional: true }) amount?: string;
  @EnumField(Colour, { optional: true, enumName: 'Colour' }) colour?: Colour;
  @DateTimeField({ optional: true }) at?: string;
  @UuidField({ nullable: true, description: 'null → top level' }) parentId: string | null;
}

async function errorsOf(body: Record<string, unknown>): Promise<string[]> {
  const dto = plainToInstance(ProbeDto, body);
  return flattenValidationErrors(await validate(dto)).map((e) => `${e.field}:${e.code}`);
}

describe('composite field decorators', () => {
  const valid = { name: '春意', parentId: null };

  it('accepts a valid body, with optional fields left out and nullable ones null', async () => {
    expect(await errorsOf(valid)).toEqual([]);
    expect(
      await errorsOf({ ...valid, note: null, title: 'x', sortOrder: 10, amount: '1234.50', colour: 'BLUE', at: '2026-11-23T09:00:00+08:00', parentId: '8a3c2b1e-0d4f-4a5b-9c6d-7e8f9a0b1c2d' }),
    ).toEqual([]);
  });

  it('names each field that breaks its declared limits', async () => {
    expect(await errorsOf({ ...valid, name: '   ' })).toEqual(['name:isNotEmpty']);
    expect(await errorsOf({ ...valid, name: '春意空调有限公司' })).toEqual(['name:maxLength']);
    expect(await errorsOf({ ...valid, sortOrder: 11 })).toEqual(['sortOrder:max']);
    expect(await errorsOf({ ...valid, sortOrder: 1.5 })).toEqual(['sortOrder:isInt']);
    expect(await errorsOf({ ...valid, amount: 1234.5 })).toEqual(['amount:matches']);
    expect(await errorsOf({ ...valid, amount: '1.005' })).toEqual(['amount:matches']);
    expect(await errorsOf({ ...valid, colour: 'GREEN' })).toEqual(['colour:isIn']);
    expect(await errorsOf({ ...valid, at: '2026-11-23T09:00:00' })).toEqual(['at:matches']);
    expect(await errorsOf({ ...valid, at: '2026-11-23' })).toEqual(['at:matches']);
    expect(await errorsOf({ ...valid, parentId: 'abc' })).toEqual(['parentId:isUuid']);
  });

  it('refuses null for an optional field that is not nullable, and a missing required one', async () => {
    expect(await errorsOf({ ...valid, title: null })).toContain('title:isString');
    expect(await errorsOf({ name: '春意' })).toEqual(['parentId:isUuid']);
  });

  it('writes the same limits into the OpenAPI schema', async () => {
    @Controller('probe')
    class ProbeController {
      @Post()
      create(@Body() dto: ProbeDto) {
        return dto;
      }
    }
    const moduleRef = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    await app.close();
    const schema = document.components?.schemas?.ProbeDto as { required: string[]; properties: Record<string, Record<string, unknown>> };
    expect(schema.required.sort()).toEqual(['name', 'parentId']);
    expect(schema.properties.name).toMatchObject({ type: 'string', maxLength: 5, minLength: 1, example: '春意' });
    expect(schema.properties.note).toMatchObject({ type: 'string', maxLength: 20, nullable: true });
    expect(schema.properties.sortOrder).toMatchObject({ type: 'integer', minimum: 0, maximum: 10, default: 0 });
    expect(schema.properties.amount).toMatchObject({ type: 'string', example: '1234.50' });
    expect(schema.properties.at).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schema.properties.parentId).toMatchObject({ type: 'string', format: 'uuid', nullable: true, description: 'null → top level' });
    expect(document.components?.schemas?.Colour).toMatchObject({ enum: ['RED', 'BLUE'] });
  });
});
