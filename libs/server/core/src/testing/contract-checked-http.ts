import type { ClientRequest } from 'node:http';
import request from 'supertest';
import { type MatchedOperation, OpenApiContract } from './openapi-contract';

type Http = ReturnType<typeof request>;
type App = Parameters<typeof request>[0];

/** What superagent keeps of the request once sent (no public accessor exists). */
interface SentTest {
  _data?: unknown;
  _formData?: unknown;
}

const deliberatelyOffContract = new WeakSet<object>();

/**
 * The one switch of the contract check: marks a request that deliberately sends what the document
 * forbids (garbage, unknown fields, undocumented routes), so the kit does not fail it for that. The
 * answer is still checked: garbage must still be answered as documented (a 4xx problem+json the
 * operation lists). Hostile input the document cannot describe (NUL in a string, a 1e18 page) may be
 * marked as well: the mark says the test means the request to be refused.
 *
 *     await violatesContract(t.http.post('/api/v1/users').auth(token, { type: 'bearer' })).send({ color: 'red' });
 */
export function violatesContract<T extends request.Test>(test: T): T {
  deliberatelyOffContract.add(test);
  return test;
}

/** Finds the documented operation serving a request: the committed document first. */
export type OperationFinder = (method: string, path: string) => MatchedOperation | undefined;

function mediaType(header: unknown): string {
  return String(header ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

const MAX_LINES = 12;

/** One line per kind of finding: the same one in every item of a list is told once, with a count. */
function summarise(problems: string[]): string[] {
  const byKind = new Map<string, { first: string; count: number }>();
  for (const problem of problems) {
    const kind = problem.replace(/\/\d+(?=[/:])/g, '/#');
    const seen = byKind.get(kind);
    if (seen) seen.count++;
    else byKind.set(kind, { first: problem, count: 1 });
  }
  const lines = [...byKind.values()].map(({ first, count }) => (count > 1 ? `${first} (and ${count - 1} more items alike)` : first));
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more`] : lines;
}

/** The contract's findings on one exchange, as lines; empty when request and answer are as documented. */
function checkExchange(findOperation: OperationFinder, problems: OpenApiContract, test: request.Test, res: request.Response): string[] {
  const req = (res as unknown as { req: ClientRequest }).req;
  const url = new URL(req.path, 'http://test');
  const marked = deliberatelyOffContract.has(test);
  const received = {
    status: res.status,
    contentType: mediaType(res.headers['content-type']),
    body: res.body,
    hasBody: Number(res.headers['content-length'] ?? 0) > 0 || !!res.text || (Buffer.isBuffer(res.body) && res.body.length > 0),
  };
  const matched = findOperation(req.method, url.pathname);
  const exchange = `${req.method} ${url.pathname}${url.search} → ${res.status}`;
  // The document describes the API; the SPA and its files are served beside it.
  if (!matched && !url.pathname.startsWith('/api/')) return [];
  if (!matched) {
    if (!marked) return [`${exchange}: no documented operation serves ${req.method} ${url.pathname}`];
    // Nothing documents an unknown route; its answer is still a problem.
    return problems.checkProblem(received).map((p) => `${exchange}: ${p}`);
  }
  const sent = test as unknown as SentTest;
  const findings: string[] = [];
  if (!marked) {
    const requestProblems = matched.document.checkRequest(matched, {
      query: url.searchParams,
      contentType: mediaType(req.getHeader('content-type')),
      body: sent._formData ?? (sent._data === null ? undefined : sent._data),
    });
    findings.push(...summarise(requestProblems).map((p) => `request: ${p}`));
  }
  findings.push(...summarise(matched.document.checkResponse(matched, received)).map((p) => `answer: ${p}`));
  return findings.length ? [`${matched.label} of ${matched.document.source}, ${exchange}:`, ...findings.map((p) => `  ${p}`)] : [];
}

/**
 * supertest, with every exchange checked against the documented contract: the request must be one
 * the document accepts (unless marked with `violatesContract`), the answer's status must be
 * documented for the operation and its body must match the documented schema. A finding fails the
 * awaited request, before the test's own expectations, naming operation, status and schema path.
 * `problems`: the document whose ProblemDto an answer to an undocumented route is checked against.
 */
export function contractCheckedHttp(app: App, findOperation: OperationFinder, problems: OpenApiContract): Http {
  const http = request(app);
  for (const [method, make] of Object.entries(http) as Array<[keyof Http, (url: string) => request.Test]>) {
    if (typeof make !== 'function') continue;
    (http as unknown as Record<string, unknown>)[method] = (url: string) => {
      const test = make(url);
      return test.expect((res: request.Response) => {
        const findings = checkExchange(findOperation, problems, test, res);
        if (findings.length) {
          throw new Error(
            [
              'The exchange breaks the documented API contract (`npm run openapi` regenerates the document from the DTOs):',
              ...findings,
            ].join('\n'),
          );
        }
      });
    };
  }
  return http;
}

/** contractCheckedHttp for an app built without createTestApp (the whole product): the committed document alone. */
export function committedContractHttp(app: App): Http {
  const committed = OpenApiContract.committed();
  return contractCheckedHttp(app, (method, path) => committed.match(method, path), committed);
}
