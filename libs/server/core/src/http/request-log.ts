/**
 * What a request's log line says about it: id, method, URL, client address and status — never
 * headers, so no credentials or cookies. Lean on purpose too: pino serializes a request's bindings
 * when the request arrives, whatever the level (every header cost ≈ 5 % of GET one customer).
 */
export const requestLogSerializers = {
  req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};
