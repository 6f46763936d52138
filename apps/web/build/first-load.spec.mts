import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, servedBytes, type ChunkFacts } from './first-load.mts';

const chunk = (fileName: string, facts: Partial<ChunkFacts> = {}): ChunkFacts => ({
  fileName,
  isEntry: false,
  moduleIds: [],
  imports: [],
  importedCss: [],
  ...facts,
});

describe('firstLoadFiles', () => {
  // The entry with the shell's code, the libraries it shares with the pages, a page with its own chunk.
  const chunks = [
    chunk('assets/index.js', { isEntry: true, moduleIds: ['/app/src/main.ts', '/app/src/layout.vue'], imports: ['assets/vue.js', 'assets/element-plus.js'], importedCss: ['assets/index.css'] }),
    chunk('assets/vue.js'),
    chunk('assets/element-plus.js', { imports: ['assets/vue.js'], importedCss: ['assets/element-plus-styles.css'] }),
    chunk('assets/list.js', { moduleIds: ['/app/src/list.vue'], imports: ['assets/element-plus.js', 'assets/shared.js'], importedCss: ['assets/list.css'] }),
    chunk('assets/shared.js'),
    chunk('assets/contract-detail.js', { moduleIds: ['/app/src/contract-detail.vue'], imports: ['assets/element-plus-dates.js'] }),
    chunk('assets/element-plus-dates.js'),
  ];

  it('is the entry and the chunks holding the pages, with what they import statically and their styles', () => {
    expect(firstLoadFiles(chunks, ['/app/src/layout.vue', '/app/src/list.vue'])).toEqual([
      'assets/element-plus-styles.css',
      'assets/element-plus.js',
      'assets/index.css',
      'assets/index.js',
      'assets/list.css',
      'assets/list.js',
      'assets/shared.js',
      'assets/vue.js',
    ]);
  });

  it('refuses a page no chunk is built from, so a moved file cannot pass the budget by measuring nothing', () => {
    expect(() => firstLoadFiles(chunks, ['/app/src/renamed.vue'])).toThrow(/renamed\.vue/);
  });
});

describe('servedBytes', () => {
  it('is the size of the brotli copy the server sends, or of the file when the build kept none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehu-first-load-'));
    try {
      writeFileSync(join(dir, 'small.js'), 'x'.repeat(100));
      writeFileSync(join(dir, 'large.js'), 'x'.repeat(5000));
      writeFileSync(join(dir, 'large.js.br'), 'x'.repeat(40));
      expect([servedBytes(join(dir, 'small.js')), servedBytes(join(dir, 'large.js'))]).toEqual([100, 40]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
