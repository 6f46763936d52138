import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { BUSINESS_RULES, RuleGroup, RuleKey, RuleType } from '../business-rules';

export class LocalizedTextDto {
  @ApiProperty() en: string;
  @ApiProperty() zh: string;
}

const VALUE_SCHEMA = { oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'boolean' }] };

export class RuleDto {
  @ApiProperty({ example: 'potentialDays' }) key: string;
  @ApiProperty({ enum: ['customer', 'churn', 'contract', 'receivable', 'service', 'report', 'marketing', 'general'], enumName: 'RuleGroup' })
  group: RuleGroup;
  @ApiProperty({ enum: ['integer', 'decimal', 'boolean', 'string'], enumName: 'RuleType' }) type: RuleType;
  @ApiProperty({ ...VALUE_SCHEMA, description: 'Current value: integer → number, decimal → string ("500000.00"), boolean, string', example: 30 })
  value: number | string | boolean;
  @ApiProperty({ ...VALUE_SCHEMA, example: 30 }) defaultValue: number | string | boolean;
  @ApiProperty({ nullable: true, type: Number }) min: number | null;
  @ApiProperty({ nullable: true, type: Number }) max: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'days' }) unit: string | null;
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedTextDto;
  @ApiProperty({ description: 'Whether an administrator changed it from the default' }) overridden: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt: string | null;
  @ApiProperty({ description: 'For If-Match; 0 while the rule has its default' }) version: number;
}

export class SetRuleDto {
  @ApiProperty({ ...VALUE_SCHEMA, description: 'Validated against the rule\'s type, min and max', example: 45 })
  @IsDefined()
  value: unknown;
}

export function toRuleDto(
  key: RuleKey,
  override: { value: number | string | boolean; updatedAt: Date; version: number } | null,
): RuleDto {
  const rule = BUSINESS_RULES[key] as (typeof BUSINESS_RULES)[RuleKey] & { min?: number; max?: number; unit?: string };
  return {
    key,
    group: rule.group,
    type: rule.type,
    value: override ? override.value : rule.default,
    defaultValue: rule.default,
    min: rule.min ?? null,
    max: rule.max ?? null,
    unit: rule.unit ?? null,
    description: { ...rule.description },
    overridden: override !== null,
    updatedAt: override?.updatedAt.toISOString() ?? null,
    version: override?.version ?? 0,
  };
}
