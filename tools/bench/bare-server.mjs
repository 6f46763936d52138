// The benchmark's yardstick: a bare node:http + pg server doing the same primary-key reads as the API's
// GET by id, in a process of its own like the API (sharing the load generator's event loop would
// halve it). Usage: node bare-server.mjs <port> <postgres url>; prints "ready" once listening.
import { createServer } from 'node:http';
import pg from 'pg';

const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 20 });
const server = createServer(async (req, res) => {
  const { rows } = req.url.startsWith('/customers/')
    ? await pool.query('SELECT * FROM customer WHERE id = $1 AND deleted_at IS NULL', [req.url.slice('/customers/'.length)])
    : await pool.query('SELECT id, username, display_name, email, mobile, department_id, disabled, created_at, updated_at, version FROM app_user WHERE id = $1', [req.url.slice(1)]);
  res.writeHead(rows.length ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(rows[0] ?? null));
});
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
