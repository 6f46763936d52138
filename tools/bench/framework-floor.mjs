#!/usr/bin/env node
// The framework-floor spike (issue 23): what Nest on Express and Nest on Fastify cost per request on this
// machine, against bare node:http, with no database — GET /api/v1/customers/:id answering a 50-field
// row (≈ 2 kB of JSON) behind a bearer-header guard, each server in turn under wrk (1 thread, 32
// connections), CPU µs per request from /proc. Not part of the product's dependencies: install the
// adapters apart, e.g.
//   npm install --prefix /tmp/framework-floor @nestjs/common@11.2.10 @nestjs/core@11.2.10 \
//     @nestjs/platform-express@11.2.10 @nestjs/platform-fastify@11.2.8 reflect-metadata rxjs
//   FRAMEWORK_FLOOR_DEPS=/tmp/framework-floor node tools/bench/framework-floor.mjs
// Figures and what they mean for the pipeline: docs/performance.md, "Current state: the request pipeline".
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const deps = resolve(process.env.FRAMEWORK_FLOOR_DEPS ?? '/tmp/framework-floor');
const row = (id) => Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`field${i}`, i % 3 ? `value ${i} of ${id}` : i]));

async function serve(kind, port) {
  if (kind === 'bare') {
    createServer((req, res) => {
      if (req.headers.authorization !== 'Bearer spike') return res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(row(req.url.split('/')[4])));
    }).listen(port, '127.0.0.1', () => console.log('ready'));
    return;
  }
  const load = createRequire(join(deps, 'package.json'));
  load('reflect-metadata');
  const { Controller, Get, Module, Param, UseGuards, Injectable } = load('@nestjs/common');
  const { NestFactory } = load('@nestjs/core');
  // Decorators applied by hand: this file is plain JavaScript.
  class BearerGuard {
    canActivate(ctx) {
      return ctx.switchToHttp().getRequest().headers.authorization === 'Bearer spike';
    }
  }
  Reflect.decorate([Injectable()], BearerGuard);
  class Customers {
    get(id) {
      return row(id);
    }
  }
  Reflect.decorate([Get(':id')], Customers.prototype, 'get', Object.getOwnPropertyDescriptor(Customers.prototype, 'get'));
  Param('id')(Customers.prototype, 'get', 0);
  Reflect.decorate([Controller('api/v1/customers'), UseGuards(BearerGuard)], Customers);
  class App {}
  Reflect.decorate([Module({ controllers: [Customers], providers: [BearerGuard] })], App);
  const adapter = kind === 'fastify' ? new (load('@nestjs/platform-fastify').FastifyAdapter)() : undefined;
  const app = await NestFactory.create(App, adapter, { logger: false });
  await app.listen(port, '127.0.0.1');
  console.log('ready');
}

const cpuUs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
};

if (process.argv[2] === 'serve') {
  await serve(process.argv[3], Number(process.argv[4]));
} else {
  const seconds = Number(process.env.FRAMEWORK_FLOOR_SECONDS ?? 8);
  const rows = [];
  // Twice each, interleaved: one pass on a machine that is not idle misleads.
  for (const [i, kind] of ['bare', 'express', 'fastify', 'bare', 'express', 'fastify'].entries()) {
    const port = 3470 + i;
    const server = spawn(process.execPath, [import.meta.filename, 'serve', kind, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((ready) => server.stdout.on('data', (chunk) => String(chunk).includes('ready') && ready()));
    const url = `http://127.0.0.1:${port}/api/v1/customers/0190f3b2-aaaa-7bbb-8ccc-123456789abc`;
    const wrk = (s) => execFileSync('wrk', ['-t1', '-c32', `-d${s}s`, '-H', 'Authorization: Bearer spike', url], { encoding: 'utf8' });
    wrk(3);
    const before = cpuUs(server.pid);
    const out = wrk(seconds);
    const requests = Number(/(\d+) requests in/.exec(out)[1]);
    rows.push({ server: kind, 'req/s': Math.round(requests / seconds), 'CPU µs/req': Math.round((cpuUs(server.pid) - before) / requests), 'non-2xx': /Non-2xx/.test(out) });
    server.kill();
  }
  console.table(rows);
}
