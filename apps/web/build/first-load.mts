import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What a hard reload of a page fetches, brotli as the server sends it (apps/web/build/precompress.mts). */
export interface FirstLoad {
  files: Array<{ file: string; bytes: number }>;
  bytes: number;
}

/** The parts of Rollup/Rolldown's output chunk this file reads. */
export interface ChunkFacts {
  fileName: string;
  isEntry: boolean;
  moduleIds: string[];
  imports: string[];
  importedCss: string[];
}

/**
 * The files a hard reload of a route fetches before it can render: the entry chunk and the chunks holding the
 * route's lazily loaded components (`pages`, module ids), each with the chunks they import statically and
 * their CSS — what the router's loaders and Vite's preloading request.
 */
export function firstLoadFiles(chunks: ChunkFacts[], pages: string[]): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const starts = chunks.filter((c) => c.isEntry || c.moduleIds.some((id) => pages.includes(id)));
  const missing = pages.filter((page) => !chunks.some((c) => c.moduleIds.includes(page)));
  if (missing.length) throw new Error(`first load: no chunk is built from ${missing.join(', ')}`);
  const files = new Set<string>();
  const visit = (chunk: ChunkFacts): void => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.importedCss) files.add(css);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) visit(next);
    }
  };
  starts.forEach(visit);
  return [...files].sort();
}

/** The bytes the server sends for a built file: its brotli copy when the build wrote one (build/precompress.mts), else the file. */
export function servedBytes(file: string): number {
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}

export interface FirstLoadOptions {
  /** The route components (paths from the app's root) whose libraries are the shared first-load chunk. */
  shell: string[];
  /** The route the budget guards and its lazily loaded components, e.g. the layout and the page. */
  budget: { route: string; pages: string[]; maxBytes: number; maxFiles: number };
}

/**
 * Keeps the first load light, in two parts.
 *
 * - `has(id)`: whether a module is statically reachable from the entry or from one of the `shell` pages
 *   (login, layout, home, the customer list). The chunking gives those modules of `node_modules` one
 *   shared chunk; libraries and Element Plus components only other pages use stay out of it and come
 *   with those pages.
 * - The plugin fails the build when the `budget` route's scripts and styles, brotli as served, exceed
 *   `maxBytes` or `maxFiles`, so the first load cannot creep back up unnoticed (docs/performance.md).
 */
export function firstLoad(options: FirstLoadOptions): Plugin & { has(id: string): boolean } {
  let root = '';
  let outDir = '';
  let chunks: ChunkFacts[] = [];
  const reachable = new Set<string>();
  const absolute = (page: string): string => join(root, page);
  return {
    name: 'kehu-first-load',
    apply: 'build',
    has: (id: string) => reachable.has(id),
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    buildEnd() {
      reachable.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      stack.push(...options.shell.map(absolute));
      while (stack.length) {
        const id = stack.pop() as string;
        if (reachable.has(id)) continue;
        const info = this.getModuleInfo(id);
        if (!info) throw new Error(`first load: ${id} is not part of the build`);
        reachable.add(id);
        stack.push(...info.importedIds);
      }
    },
    writeBundle(_output, bundle) {
      chunks = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? [{ fileName: item.fileName, isEntry: item.isEntry, moduleIds: item.moduleIds, imports: item.imports, importedCss: [...(item.viteMetadata?.importedCss ?? [])] }]
          : [],
      );
    },
    // After precompress (its closeBundle) has written the brotli copies the server sends.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const { route, pages, maxBytes, maxFiles } = options.budget;
        const files = firstLoadFiles(chunks, pages.map(absolute)).map((file) => ({ file, bytes: servedBytes(join(outDir, file)) }));
        const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
        const summary = `${route}: ${files.length} scripts and styles, ${(bytes / 1024).toFixed(1)} KB brotli (budget ${(maxBytes / 1024).toFixed(0)} KB in ${maxFiles})`;
        const list = files.map((f) => `  ${String(f.bytes).padStart(7)}  ${f.file}`).join('\n');
        if (bytes > maxBytes || files.length > maxFiles) {
          this.error(`first-load budget exceeded — ${summary}\n${list}\nSee docs/performance.md "First load of the SPA".`);
        }
        // FIRST_LOAD_VERBOSE (as for `npm run bench:first-load`) lists the files.
        this.info(process.env.FIRST_LOAD_VERBOSE ? `${summary}\n${list}` : summary);
      },
    },
  };
}
