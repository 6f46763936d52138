import createClient, { type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths } from './schema';
export type { Middleware } from 'openapi-fetch';

/** Every DTO of the API by name, e.g. `Schemas['UserDto']`. */
export type Schemas = components['schemas'];

/** The problem+json body of every error answer. */
export type Problem = Schemas['ProblemDto'];

/** A typed client of the Kehu REST API, generated from apps/api/openapi.json. */
export function createKehuClient(options: ClientOptions & { middleware?: Middleware[] } = {}) {
  const { middleware = [], ...rest } = options;
  const client = createClient<paths>(rest);
  for (const m of middleware) client.use(m);
  return client;
}

export type KehuClient = ReturnType<typeof createKehuClient>;
