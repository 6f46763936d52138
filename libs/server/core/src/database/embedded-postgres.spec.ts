import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataDirInUseError, maxWalSizeMb, sharedBuffersMb, startEmbeddedPostgres } from './embedded-postgres';

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

describe('embedded PostgreSQL checkpoints', () => {
  const saved = process.env.KEHU_PG_MAX_WAL_SIZE_MB;
  afterEach(() => {
    if (saved === undefined) delete process.env.KEHU_PG_MAX_WAL_SIZE_MB;
    else process.env.KEHU_PG_MAX_WAL_SIZE_MB = saved;
  });

  it('keeps 4 GB of WAL between checkpoints unless configured, and refuses a size naming the variable', () => {
    delete process.env.KEHU_PG_MAX_WAL_SIZE_MB;
    expect(maxWalSizeMb()).toBe(4096);
    process.env.KEHU_PG_MAX_WAL_SIZE_MB = '1024';
    expect(maxWalSizeMb()).toBe(1024);
    for (const bad of ['2.5', 'much', '32']) {
      process.env.KEHU_PG_MAX_WAL_SIZE_MB = bad;
      expect(() => maxWalSizeMb()).toThrow(/KEHU_PG_MAX_WAL_SIZE_MB/);
    }
  });

  it('starts the server with them (the test server is an embedded one)', async () => {
    const client = new Client({ connectionString: process.env.KEHU_TEST_PG_URL });
    await client.connect();
    try {
      const settings = await client.query(`SELECT name, setting, unit FROM pg_settings WHERE name IN ('max_wal_size', 'checkpoint_timeout') ORDER BY name`);
      expect(settings.rows).toEqual([
        { name: 'checkpoint_timeout', setting: '900', unit: 's' },
        { name: 'max_wal_size', setting: String(maxWalSizeMb()), unit: 'MB' },
      ]);
    } finally {
      await client.end();
    }
  });
});
