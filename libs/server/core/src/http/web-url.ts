import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUrl, MaxLength } from 'class-validator';

/** The schemes a link shown to users may have: a `javascript:` or `data:` one runs when clicked. */
export const WEB_URL_PROTOCOLS = ['http', 'https'];

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `www.example.com` as people type it becomes `http://www.example.com`; a value with a scheme stays as sent. */
export function withWebScheme(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed && !SCHEME.test(trimmed) ? `http://${trimmed}` : trimmed;
}

/**
 * An optional, nullable web address (a website field), declared once for validation and OpenAPI:
 * absolute http(s) only, so whoever renders it as a link never runs a `javascript:` one.
 */
export function IsWebUrl(options: { description?: string; maxLength?: number } = {}) {
  const maxLength = options.maxLength ?? 300;
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      format: 'uri',
      maxLength,
      example: 'https://chunyi.example.com',
      description: [options.description, 'An http or https address; without a scheme, http:// is assumed'].filter(Boolean).join('. '),
    }),
    Transform(({ value }) => withWebScheme(value)),
    IsUrl({ protocols: WEB_URL_PROTOCOLS, require_protocol: true, require_tld: false }, { message: 'must be an http or https address, e.g. https://example.com' }),
    MaxLength(maxLength),
  );
}
