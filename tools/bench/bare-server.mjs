// The benchmark's yardstick: a bare node:http + pg server doing the same reads as the API's hot
// requests — no framework, no authentication, one named prepared statement each (planned once per
// connection, like the API's PreparedStatements) — in a process of its own like the API (sharing the
// load generator's event loop would halve it). Usage: node bare-server.mjs <port> <postgres url>;
// prints "ready" once listening. Routes (the API request each stands for):
//   /customers/<id>  GET /api/v1/customers/{id}: the customer view's row and its people's names
//   /customers       GET /api/v1/customers: the first page of 20, newest first, with its count capped at 1,000
//   /users/<id>      GET /api/v1/users/{id}: the user, department name and roles
//   /me/<id>         GET /api/v1/auth/me: the same user read plus the roles' permissions
//   /health          GET /health: SELECT 1
import { createServer } from 'node:http';
import pg from 'pg';

const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 20 });

const names = `(SELECT u.display_name FROM app_user u WHERE u.id = c.owner_id) AS owner_display_name,
               (SELECT u.display_name FROM app_user u WHERE u.id = c.after_sales_owner_id) AS after_sales_owner_display_name`;
const userRead = `SELECT u.id, u.username, u.display_name, u.email, u.mobile, u.department_id, u.disabled, u.must_change_password,
                         u.created_at, u.updated_at, u.version, d.name AS department_name,
                         coalesce((SELECT json_agg(json_build_object('id', r.id, 'code', r.code, 'name', r.name) ORDER BY r.code)
                                     FROM user_role ur JOIN role r ON r.id = ur.role_id AND r.deleted_at IS NULL
                                    WHERE ur.user_id = u.id), '[]') AS roles`;
const statements = {
  customer: `SELECT c.*, ${names} FROM customer c WHERE c.deleted_at IS NULL AND c.id = $1`,
  page: `SELECT c.*, ${names}, (SELECT count(*)::int FROM (SELECT 1 FROM customer x WHERE x.deleted_at IS NULL LIMIT 1001) capped) AS total
           FROM customer c WHERE c.deleted_at IS NULL ORDER BY c.created_at DESC NULLS LAST, c.id DESC NULLS LAST LIMIT 20`,
  user: `${userRead} FROM app_user u LEFT JOIN department d ON d.id = u.department_id WHERE u.id = $1 AND u.deleted_at IS NULL`,
  me: `${userRead}, coalesce((SELECT array_agg(DISTINCT p.code ORDER BY p.code) FROM user_role ur JOIN role r ON r.id = ur.role_id AND r.deleted_at IS NULL,
                                unnest(r.permissions) AS p(code) WHERE ur.user_id = u.id), '{}') AS permissions
         FROM app_user u LEFT JOIN department d ON d.id = u.department_id WHERE u.id = $1 AND u.deleted_at IS NULL`,
  health: `SELECT 1 AS up`,
};
const run = async (name, values = []) => (await pool.query({ name, text: statements[name], values })).rows;

async function answer(path) {
  if (path === '/health') return (await run('health')).length ? { status: 'ok', database: 'up' } : null;
  if (path === '/customers') {
    const items = await run('page');
    return { items, total: items[0]?.total ?? 0, page: 1, pageSize: 20 };
  }
  const [, kind, id] = path.split('/');
  if (kind === 'customers') return (await run('customer', [id]))[0];
  if (kind === 'users') return (await run('user', [id]))[0];
  if (kind === 'me') return (await run('me', [id]))[0];
  return undefined;
}

const server = createServer(async (req, res) => {
  try {
    const body = await answer(req.url);
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? null));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
