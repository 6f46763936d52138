import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __KEHU_PG__?: { stop(): Promise<void>; dir: string } }).__KEHU_PG__;
  if (!pg) return;
  await pg.stop();
  rmSync(pg.dir, { recursive: true, force: true });
  delete process.env.KEHU_TEST_PG_URL;
}
