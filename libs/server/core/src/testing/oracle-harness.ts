import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import type request from 'supertest';

/**
 * Existence oracles (issue 18, finding 5): a caller must not learn that a record outside their data
 * scope exists. Every route that takes a record id therefore has to answer an out-of-scope id exactly
 * as it answers an id that matches nothing — same status, same problem type, same body apart from
 * the id — whatever the route does (read, edit, state change). This harness reads the routes from the
 * OpenAPI document, so a new module's routes are probed the day they are documented.
 */

type Http = ReturnType<typeof request>;

/** Records of one resource as the restricted caller sees them. */
export interface OracleRecords {
  /** A record outside the caller's scope (it exists; the caller must not be able to tell). Absent: not probed. */
  outside?: string;
  /**
   * A record the caller may see, put in the route's other id parameters while one is probed
   * (`/customers/{visible}/contacts/{someone else's contact}` must not find it either).
   */
  inside?: string;
}

export interface OracleProbeOptions {
  http: Http;
  document: OpenAPIObject;
  /** Bearer token of the restricted caller (e.g. a SELF-scope rep of another department). */
  token: string;
  /**
   * The records per resource. A parameter `{id}` belongs to the resource named by the path segment
   * before it (`/customers/{id}` → `customers`, `/customers/{customerId}/contacts/{id}` → `contacts`);
   * any other record-id parameter to its own name (`customerId`). A string value names another key
   * (`customerId: 'customers'`).
   */
  records: Record<string, OracleRecords | string>;
  /**
   * Resources that are not data-scoped — whoever holds the permission sees every one, so there is
   * nothing to hide — with the reason. Listed explicitly so a new scoped resource cannot slip through.
   * (`records` may still give one's `inside` id, for routes where it sits beside a probed parameter.)
   */
  unscoped: Record<string, string>;
  /** Request bodies by operation (`POST /api/v1/customers/{id}/merge`), when the schema's example would not reach the lookup. */
  bodies?: Record<string, unknown>;
  /** Operations not probed, with the reason. */
  skip?: Record<string, string>;
}

/** One answer, reduced to what may not differ between an out-of-scope id and a missing one. */
export interface OracleAnswer {
  status: number;
  type: string | null;
  /** The body with the probed id replaced and per-request members (requestId, instance) left out. */
  shape: string;
}

export interface OracleProbe {
  operation: string;
  param: string;
  url: string;
  outside: OracleAnswer;
  missing: OracleAnswer;
}

export interface OracleReport {
  probes: OracleProbe[];
  /** Probes whose out-of-scope answer differs from the missing one: each an existence oracle. */
  leaks: string[];
  /** Record-id parameters whose resource is neither in `records` nor in `unscoped`: add it to one. */
  unmapped: string[];
}

interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  example?: unknown;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  minLength?: number;
  minimum?: number;
  minItems?: number;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
}

interface OperationObject {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** `id` and `somethingId`: the path parameters that carry a record's id. */
export function isRecordIdParam(name: string): boolean {
  return name === 'id' || /^[a-z][A-Za-z0-9]*Id$/.test(name);
}

/** Every operation with at least one record-id path parameter. */
export function recordIdOperations(document: OpenAPIObject): Array<{ method: string; path: string; params: string[]; operation: OperationObject }> {
  const out: Array<{ method: string; path: string; params: string[]; operation: OperationObject }> = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, OperationObject | undefined>)[method];
      if (!operation) continue;
      const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).filter(isRecordIdParam);
      if (params.length) out.push({ method, path, params, operation });
    }
  }
  return out;
}

/** The resource a record-id parameter of `path` belongs to (see OracleProbeOptions.records). */
export function resourceOf(path: string, param: string): string {
  if (param !== 'id') return param;
  const segments = path.split('/');
  const at = segments.indexOf('{id}');
  return segments[at - 1];
}

/** A body the schema accepts, from its examples, enums and formats (required members only). */
export function exampleValue(document: OpenAPIObject, schema: SchemaObject | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.$ref) return exampleValue(document, document.components?.schemas?.[schema.$ref.split('/').pop() as string] as SchemaObject, depth + 1);
  const composed = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (composed) return exampleValue(document, composed, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
      if (schema.format === 'email') return 'probe@example.com';
      return 'probe'.padEnd(schema.minLength ?? 1, 'x');
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleValue(document, schema.items, depth + 1));
    default: {
      const body: Record<string, unknown> = {};
      for (const name of schema.required ?? []) body[name] = exampleValue(document, schema.properties?.[name], depth + 1);
      return body;
    }
  }
}

/** Reduces an answer to what must be equal for two ids, the probed id written as `{id}`. */
export function oracleAnswer(res: { status: number; body: unknown; text?: string }, id: string): OracleAnswer {
  const body = res.body && typeof res.body === 'object' && Object.keys(res.body).length ? res.body : (res.text ?? '');
  const type = body && typeof body === 'object' && 'type' in body ? String((body as { type: unknown }).type) : null;
  const shape = JSON.stringify(body, (key, value) => (key === 'requestId' || key === 'instance' ? undefined : value)).split(id).join('{id}');
  return { status: res.status, type, shape };
}

/**
 * Calls every record-id operation of the document twice per record-id parameter — once with a record
 * outside the caller's scope, once with a random id — the other parameters holding records the caller
 * may see (or, when the resource has none, its out-of-scope record), and reports every difference.
 */
export async function probeExistenceOracles(options: OracleProbeOptions): Promise<OracleReport> {
  const report: OracleReport = { probes: [], leaks: [], unmapped: [] };
  const recordsOf = (resource: string): OracleRecords | undefined => {
    const entry = options.records[resource];
    return typeof entry === 'string' ? recordsOf(entry) : entry;
  };
  for (const { method, path, params, operation } of recordIdOperations(options.document)) {
    const name = `${method.toUpperCase()} ${path}`;
    if (options.skip?.[name]) continue;
    const resources = new Map(params.map((p) => [p, resourceOf(path, p)]));
    const missingResource = [...resources.values()].filter((r) => !recordsOf(r)?.outside && !(r in options.unscoped));
    if (missingResource.length) {
      report.unmapped.push(`${name}: ${missingResource.join(', ')}`);
      continue;
    }
    const jsonBody = operation.requestBody?.content?.['application/json']?.schema;
    const body = name in (options.bodies ?? {}) ? options.bodies?.[name] : jsonBody ? exampleValue(options.document, jsonBody) : undefined;
    for (const param of params) {
      const resource = resources.get(param) as string;
      const probed = recordsOf(resource)?.outside;
      if (resource in options.unscoped || !probed) continue; // every holder of the permission sees it
      const urlWith = (value: string) =>
        path.replace(/\{([^}]+)\}/g, (_, p: string) => {
          if (p === param) return value;
          const records = recordsOf(resources.get(p) ?? '');
          return records?.inside ?? records?.outside ?? randomUUID();
        });
      const call = async (id: string) => {
        const url = urlWith(id);
        let req = (options.http as unknown as Record<string, (u: string) => request.Test>)[method](url).auth(options.token, { type: 'bearer' });
        if (body !== undefined) req = req.send(body as object);
        return { url, answer: oracleAnswer(await req, id) };
      };
      const random = randomUUID();
      const outside = await call(probed);
      const missing = await call(random);
      report.probes.push({ operation: name, param, url: outside.url, outside: outside.answer, missing: missing.answer });
      if (outside.answer.status !== missing.answer.status || outside.answer.type !== missing.answer.type || outside.answer.shape !== missing.answer.shape) {
        report.leaks.push(
          `${name} {${param}}: out of scope → ${outside.answer.status} ${outside.answer.shape.slice(0, 300)}; missing → ${missing.answer.status} ${missing.answer.shape.slice(0, 300)}`,
        );
      }
    }
  }
  return report;
}
