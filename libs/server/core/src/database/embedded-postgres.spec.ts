import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, sharedBuffersMb, startEmbeddedPostgres } from './embedded-postgres';

describe('embedded PostgreSQL data directory', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kehu-pgdir-'));
    chmodSync(dir, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a data directory whose PostgreSQL belongs to a running process', async () => {
    // This test process stands in for the postmaster: alive, with a live parent.
    writeFileSync(join(dir, 'postmaster.pid'), `${process.pid}\n${dir}\n`);
    await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toBeInstanceOf(DataDirInUseError);
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(true);
  });
});

describe('embedded PostgreSQL cache size', () => {
  const saved = process.env.KEHU_PG_SHARED_BUFFERS_MB;
  afterEach(() => {
    if (saved === undefined) delete process.env.KEHU_PG_SHARED_BUFFERS_MB;
    else process.env.KEHU_PG_SHARED_BUFFERS_MB = saved;
  });

  it('takes a quarter of memory between 128 MB and 4 GB unless configured', () => {
    delete process.env.KEHU_PG_SHARED_BUFFERS_MB;
    const quarter = Math.floor(totalmem() / 4 / 2 ** 20);
    expect(sharedBuffersMb()).toBe(Math.max(128, Math.min(4096, quarter)));
    process.env.KEHU_PG_SHARED_BUFFERS_MB = '512';
    expect(sharedBuffersMb()).toBe(512);
  });

  it('refuses a size that is not a whole number of megabytes, naming the variable', () => {
    for (const bad of ['1.5', 'lots', '8']) {
      process.env.KEHU_PG_SHARED_BUFFERS_MB = bad;
      expect(() => sharedBuffersMb()).toThrow(/KEHU_PG_SHARED_BUFFERS_MB/);
    }
  });
});
