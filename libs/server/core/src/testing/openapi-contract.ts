import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The parts of an OpenAPI 3.0 document the contract check reads. */
type Schema = Record<string, unknown>;
interface MediaType {
  schema?: Schema;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  explode?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** An operation of the document a request was matched to. */
export interface MatchedOperation {
  /** `POST /api/v1/customers/{id}/claim (CustomerLifecycle_claim)`, for messages. */
  label: string;
  /** JSON pointer of the operation in its document, to name where an inline schema sits. */
  pointer: string;
  operation: Operation;
  pathParams: Record<string, string>;
  document: OpenApiContract;
}

/** What the test sent, as far as the document describes it. */
export interface SentRequest {
  query: URLSearchParams;
  /** Media type without parameters, lower case; '' when none was sent. */
  contentType: string;
  /** The body as given to supertest (object, string or Buffer); undefined when none was sent. */
  body: unknown;
}

/** What the test received. */
export interface ReceivedResponse {
  status: number;
  /** Media type without parameters, lower case; '' when none was sent. */
  contentType: string;
  /** The parsed body (JSON answers), as supertest gives it. */
  body: unknown;
  /** Whether any bytes of body came back. */
  hasBody: boolean;
}

const SCHEMAS_ID = 'https://kehu.dev/openapi.json';
/** The same components left open, for the members of a composition. */
const OPEN_SCHEMAS_ID = 'https://kehu.dev/openapi-open.json';
const COMPONENT_PREFIX = '#/components/schemas/';
/** OpenAPI keywords that are annotations or tooling hints, not assertions JSON Schema knows. */
const ANNOTATIONS = new Set(['example', 'xml', 'externalDocs', 'discriminator']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * An OpenAPI 3.0 schema as JSON Schema (2019-09), read as OpenAPI 3.0.3 reads it, plus one rule
 * of the test kit. `nullable: true` admits null only beside a `type` in the same schema object, and
 * an `enum` still has to list null (OpenAPI 3.0.3 §4.7.24; so read also by Prism and by Ajv's own
 * `nullable`): `{ nullable: true, allOf: [{ $ref }] }` does not admit null. The kit's rule: an
 * object schema that declares its properties but no `additionalProperties` is closed — a member
 * nobody documented is a violation in both directions (the server refuses unknown request members;
 * an unknown answer member is invisible to generated clients, or a leak). `additionalProperties`
 * where the document declares it is taken as declared.
 *
 * Closing is done with `unevaluatedProperties`, which sees only its own schema's subschemas: the
 * members of an `allOf` that composes several (a page's `{ allOf: [PageDto, { items }] }`) are
 * therefore left open (`open`, and the open copies of the components they name) and the
 * composition is closed as a whole.
 */
function toJsonSchema(schema: unknown, pointer: string, sources: WeakMap<object, string>, open = false): unknown {
  if (Array.isArray(schema)) return schema.map((s, i) => toJsonSchema(s, `${pointer}/${i}`, sources));
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Schema;
  const composes = Array.isArray(source.allOf) && source.allOf.length > 1;
  const out: Schema = {};
  sources.set(out, pointer);
  for (const [key, value] of Object.entries(source)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    const at = `${pointer}/${key}`;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_PREFIX)) {
      out.$ref = `${open ? OPEN_SCHEMAS_ID : SCHEMAS_ID}#/$defs/${value.slice(COMPONENT_PREFIX.length)}`;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Schema).map(([name, s]) => [name, toJsonSchema(s, `${at}/${escapePointer(name)}`, sources)]),
      );
    } else if (key === 'allOf' && composes) {
      out.allOf = (value as unknown[]).map((member, i) => toJsonSchema(member, `${at}/${i}`, sources, true));
    } else if (key === 'enum' || key === 'required' || key === 'default') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value, at, sources);
    }
  }
  if (source.nullable === true && typeof source.type === 'string') out.type = [source.type, 'null'];
  if (!open && (source.properties || composes) && !('additionalProperties' in source)) out.unevaluatedProperties = false;
  return out;
}

/** `/customers/{id}` → a matcher; literal segments outrank parameters (`/customers/pool` wins). */
function pathMatcher(template: string) {
  const segments = template.split('/').filter(Boolean);
  const names: string[] = [];
  const pattern = segments
    .map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
        if (name) {
          names.push(name);
          return '([^/]+)';
        }
        return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      }),
    )
    .join('/');
  const regex = new RegExp(`^/${pattern}/?$`);
  const rank = segments.map((s) => (s.includes('{') ? '1' : '0')).join('');
  return { template, regex, names, rank };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[^/]+\+json$/.test(mediaType);
}

function mediaMatches(documented: string, actual: string): boolean {
  if (documented === '*/*' || documented === actual) return true;
  return documented.endsWith('/*') && actual.startsWith(documented.slice(0, -1));
}

/**
 * The documented contract of the API, checked against real requests and answers: the document's
 * own words, read by Ajv (formats included). Problems come back as lines naming the place in the
 * message and the schema path in the document.
 */
export class OpenApiContract {
  private readonly ajv: Ajv2019;
  /** Query and path parameters arrive as text: coerced to the documented type, as the server does. */
  private readonly paramAjv: Ajv2019;
  private readonly matchers: Array<ReturnType<typeof pathMatcher>>;
  private readonly compiled = new Map<string, { validate: ValidateFunction; location: string }>();
  /** Where each converted schema object came from in the document, to name it in findings. */
  private readonly sources = new WeakMap<object, string>();
  private readonly document: OpenApiDocument;

  constructor(
    /** An OpenAPI 3.0 document, e.g. the committed JSON or `buildOpenApiDocument(app)`. */
    document: object,
    /** Where the document came from, for messages. */
    readonly source: string,
  ) {
    this.document = document as OpenApiDocument;
    const components = Object.entries(this.document.components?.schemas ?? {});
    const pointer = (name: string) => `${COMPONENT_PREFIX}${escapePointer(name)}`;
    const defs = Object.fromEntries(components.map(([name, s]) => [name, toJsonSchema(s, pointer(name), this.sources)]));
    const openDefs = Object.fromEntries(components.map(([name, s]) => [name, toJsonSchema(s, pointer(name), this.sources, true)]));
    const make = (coerce: boolean) => {
      const ajv = new Ajv2019({
        allErrors: true,
        strict: true,
        strictTypes: false,
        verbose: true,
        // Checking 100 components against the meta-schema costs a second per test file; strict compiling still refuses unknown keywords.
        validateSchema: false,
        // Each component compiled once, not inlined again into every schema naming it.
        inlineRefs: false,
        coerceTypes: coerce ? 'array' : false,
      });
      addFormats(ajv);
      // Formats OpenAPI 3.0 defines beyond JSON Schema's.
      ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
      ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
      ajv.addFormat('float', { type: 'number', validate: () => true });
      ajv.addFormat('double', { type: 'number', validate: () => true });
      ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
      ajv.addFormat('binary', true);
      ajv.addFormat('password', true);
      ajv.addSchema({ $id: SCHEMAS_ID, $defs: defs });
      ajv.addSchema({ $id: OPEN_SCHEMAS_ID, $defs: openDefs });
      return ajv;
    };
    this.ajv = make(false);
    this.paramAjv = make(true);
    this.matchers = Object.keys(this.document.paths)
      .map(pathMatcher)
      .sort((a, b) => a.rank.localeCompare(b.rank));
  }

  /** The committed apps/api/openapi.json, read once per test file. */
  static committed(): OpenApiContract {
    committedContract ??= new OpenApiContract(JSON.parse(readFileSync(committedDocumentPath(), 'utf8')), 'apps/api/openapi.json');
    return committedContract;
  }

  /** The operation serving `method path`, or undefined when the document has none. */
  match(method: string, path: string): MatchedOperation | undefined {
    const lower = method.toLowerCase();
    for (const m of this.matchers) {
      const found = m.regex.exec(path);
      const operation = found && METHODS.includes(lower) ? this.document.paths[m.template][lower] : undefined;
      if (!found || !operation) continue;
      const pathParams = Object.fromEntries(m.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      const label = `${method.toUpperCase()} ${m.template}${operation.operationId ? ` (${operation.operationId})` : ''}`;
      return { label, pointer: `#/paths/${escapePointer(m.template)}/${lower}`, operation, pathParams, document: this };
    }
    return undefined;
  }

  /** What the document would refuse about this request; empty when it accepts it. */
  checkRequest(matched: MatchedOperation, sent: SentRequest): string[] {
    const { operation, pathParams } = matched;
    const problems: string[] = [];
    const params = (operation.parameters ?? []).map((p) => this.deref(p));
    const at = (p: Parameter) => `${matched.pointer}/parameters/${params.indexOf(p)}/schema`;
    for (const p of params.filter((x) => x.in === 'path')) {
      problems.push(...this.checkParameter(p, [pathParams[p.name] ?? ''], `path parameter ${p.name}`, at(p)));
    }
    const queryParams = params.filter((x) => x.in === 'query');
    for (const name of new Set(sent.query.keys())) {
      const p = queryParams.find((x) => x.name === name);
      if (!p) {
        problems.push(`query parameter ${name}: not documented (documented: ${queryParams.map((x) => x.name).join(', ') || 'none'})`);
        continue;
      }
      problems.push(...this.checkParameter(p, sent.query.getAll(name), `query parameter ${name}`, at(p)));
    }
    for (const p of queryParams) if (p.required && !sent.query.has(p.name)) problems.push(`query parameter ${p.name}: required, not sent`);

    const documented = operation.requestBody && this.deref(operation.requestBody);
    if (sent.body === undefined) {
      if (documented?.required) problems.push(`body: required (${Object.keys(documented.content).join(', ')}), none sent`);
      return problems;
    }
    if (!documented) return [...problems, `body: the operation takes none, one was sent (${sent.contentType || 'no content type'})`];
    const mediaType = Object.keys(documented.content).find((m) => mediaMatches(m, sent.contentType));
    if (!mediaType) {
      return [
        ...problems,
        `body: sent as ${sent.contentType || 'no content type'}, documented as ${Object.keys(documented.content).join(', ')}`,
      ];
    }
    const schema = documented.content[mediaType].schema;
    if (!schema || !isJson(mediaType)) return problems;
    let body = sent.body;
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      try {
        body = JSON.parse(body.toString());
      } catch {
        return [...problems, 'body: not valid JSON'];
      }
    }
    return [
      ...problems,
      ...this.validate('body', schema, body, 'request body', `${matched.pointer}/requestBody/content/${escapePointer(mediaType)}/schema`),
    ];
  }

  /** What about this answer the document does not promise; empty when it does. */
  checkResponse(matched: MatchedOperation, received: ReceivedResponse): string[] {
    const responses = matched.operation.responses;
    const key = [String(received.status), `${String(received.status)[0]}XX`, 'default'].find((k) => responses[k]);
    const documented = key ? this.deref(responses[key]) : undefined;
    const declaredAt = key ? ((responses[key] as { $ref?: string }).$ref ?? `${matched.pointer}/responses/${key}`) : '';
    if (!documented) return [`status ${received.status}: not documented (documented: ${Object.keys(responses).join(', ')})`];
    const content = documented.content ?? {};
    if (!Object.keys(content).length) {
      return received.hasBody ? [`status ${received.status}: documented without a body, answered ${received.contentType || 'a body'}`] : [];
    }
    const mediaType = Object.keys(content).find((m) => mediaMatches(m, received.contentType));
    if (!mediaType)
      return [
        `status ${received.status}: answered ${received.contentType || 'no content type'}, documented ${Object.keys(content).join(', ')}`,
      ];
    const schema = content[mediaType].schema;
    if (!schema || !isJson(mediaType)) return [];
    return this.validate('body', schema, received.body, 'response body', `${declaredAt}/content/${escapePointer(mediaType)}/schema`);
  }

  /** A response, request body or parameter given as `{ $ref: '#/components/…' }`, looked up. */
  private deref<T extends object>(node: T | { $ref: string }): T {
    if (!('$ref' in node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return node as T;
    const found = node.$ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, segment) => (at as Record<string, unknown> | undefined)?.[segment], this.document);
    if (!found) throw new Error(`${this.source}: ${node.$ref} names nothing`);
    return this.deref(found as T);
  }

  /** Checks a problem+json answer against ProblemDto, for answers to requests no operation serves. */
  checkProblem(received: ReceivedResponse): string[] {
    if (received.contentType !== 'application/problem+json')
      return [`status ${received.status}: answered ${received.contentType || 'no content type'}, not application/problem+json`];
    return this.validate(
      'body',
      { $ref: `${COMPONENT_PREFIX}ProblemDto` },
      received.body,
      'response body',
      `${COMPONENT_PREFIX}ProblemDto`,
    );
  }

  private checkParameter(p: Parameter, values: string[], where: string, location: string): string[] {
    if (!p.schema) return [];
    const isArray = p.schema.type === 'array';
    // OpenAPI 3.0: query arrays default to style=form, explode=true (`a=1&a=2`); explode=false is `a=1,2`.
    const items = isArray && p.explode === false ? values.flatMap((v) => v.split(',')) : values;
    if (!isArray && items.length > 1) return [`${where}: sent ${items.length} times, documented as one value`];
    return this.validate('param', p.schema, isArray ? items : items[0], where, location);
  }

  /** `location`: where `schema` sits in the document, for findings in the schema itself (not in a component it names). */
  private validate(kind: 'body' | 'param', schema: Schema, value: unknown, where: string, location: string): string[] {
    // Compiled once per distinct schema (compiling dominates the cost): findings in an inline schema
    // name the place of its first use, moved here to the place at hand.
    const key = `${kind} ${JSON.stringify(schema)}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      const converted = toJsonSchema(schema, location, this.sources) as Schema;
      // A parameter is checked inside a holder object, so Ajv can coerce the text in place.
      const validate =
        kind === 'body' ? this.ajv.compile(converted) : this.paramAjv.compile({ type: 'object', properties: { value: converted } });
      compiled = { validate, location };
      this.compiled.set(key, compiled);
    }
    const { validate } = compiled;
    const valid = kind === 'body' ? validate(value) : validate({ value: structuredClone(value) });
    if (valid) return [];
    return this.describe(validate.errors ?? [], where, kind === 'body' ? '' : '/value').map((finding) =>
      finding.replace(` — ${compiled.location}`, ` — ${location}`),
    );
  }

  /** Ajv's findings as `where/path: message (details) — the keyword's place in the document`. */
  private describe(errors: ErrorObject[], where: string, holderPrefix: string): string[] {
    return errors
      .filter((e) => !['allOf', 'anyOf', 'oneOf', 'if'].includes(e.keyword) || errors.length === 1)
      .map((e) => {
        const at = e.instancePath.slice(holderPrefix.length);
        const details =
          e.keyword === 'enum'
            ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
            : e.keyword === 'unevaluatedProperties'
              ? `: ${(e.params as { unevaluatedProperty: string }).unevaluatedProperty}`
              : '';
        const source = e.parentSchema ? this.sources.get(e.parentSchema) : undefined;
        return `${where}${at}: ${e.message}${details} — ${source ? `${source}/${e.keyword}` : e.schemaPath}`;
      });
  }
}

let committedContract: OpenApiContract | undefined;

function committedDocumentPath(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps/api/openapi.json');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`apps/api/openapi.json not found above ${__dirname}`);
}
