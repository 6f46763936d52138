import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_BASE = 'https://kehu.dev/problems/';

export class FieldErrorDto {
  @ApiProperty({ example: 'items[0].quantity', description: 'Path of the offending field in the request' })
  field: string;

  @ApiProperty({ example: 'must be a positive number' })
  message: string;

  @ApiPropertyOptional({ example: 'isPositive', description: 'Machine-readable rule that failed' })
  code?: string;
}

/** RFC 9457 problem details, the body of every error answer. */
export class ProblemDto {
  @ApiProperty({ example: 'https://kehu.dev/problems/validation-error' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiPropertyOptional({ example: 'username: must be longer than or equal to 3 characters' })
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/users' })
  instance?: string;

  @ApiPropertyOptional({ example: 'f3b3c0b6-1f0e-4f5e-9a53-1b3a7c1b8e2d' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}

export function problemType(slug: string): string {
  return PROBLEM_BASE + slug;
}
