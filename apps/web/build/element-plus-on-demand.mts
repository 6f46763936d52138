import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"];?/g;

/** Every name the components' entry files export (`ElTableColumn` → `element-plus/es/components/table/index.mjs`). */
function componentExports(root: string): Map<string, string> {
  const exports = new Map<string, string>();
  const components = join(root, 'es/components');
  for (const dir of readdirSync(components).sort()) {
    const index = join(components, dir, 'index.mjs');
    if (!existsSync(index)) continue;
    for (const list of readFileSync(index, 'utf8').matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const specifier of list[1].split(',')) {
        const name = specifier.trim().split(/\s+as\s+/).pop();
        if (name && name !== 'default' && !exports.has(name)) exports.set(name, `element-plus/es/components/${dir}/index.mjs`);
      }
    }
  }
  return exports;
}

/**
 * Element Plus on demand, components and styles. Every `import { ElTable, vLoading } from 'element-plus'` in
 * the SPA's code becomes imports of those components' own entry files, so the module graph says which page
 * uses which component and the chunking can leave the components of lazily loaded pages out of the first
 * load (through the package's index, every component was reachable from every importer); and it gets the
 * matching `element-plus/es/components/<name>/style/css` imports (each pulls the styles of the parts it is
 * built from, and the shared CSS variables), so a page ships the CSS of the components it uses instead of
 * the 360 KB of the whole library. Types are left to the index; a value no component exports stays
 * imported from the index (and the build says so).
 */
export function elementPlusOnDemand(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('element-plus/package.json'));
  const modules = componentExports(root);
  const styles = new Map<string, string | undefined>();
  const styleOf = (name: string): string | undefined => {
    if (!styles.has(name)) {
      const component = name
        .replace(/^(El|v)(?=[A-Z])/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase();
      const known = /^(El|v)[A-Z]/.test(name) && existsSync(join(root, 'es/components', component, 'style/css.mjs'));
      styles.set(name, known ? `element-plus/es/components/${component}/style/css` : undefined);
    }
    return styles.get(name);
  };
  return {
    name: 'kehu-element-plus-on-demand',
    // Component tests need no styles, and Node cannot load the .css files the style modules import.
    apply: (_, env) => env.mode !== 'test',
    transform(code, id) {
      const [file, query = ''] = id.split('?');
      // A .vue file's script may arrive as its own module (`?vue&type=script…`); styles and templates never import.
      if (file.includes('node_modules') || !/\.(vue|ts|js)$/.test(file) || /type=(style|template)/.test(query) || !code.includes('element-plus')) return null;
      const needed = new Set<string>();
      let changed = false;
      const rewritten = code.replace(IMPORT, (_statement, specifiers: string) => {
        const byModule = new Map<string, string[]>();
        const types: string[] = [];
        const unknown: string[] = [];
        for (const raw of specifiers.split(',')) {
          const specifier = raw.trim();
          if (!specifier) continue;
          if (specifier.startsWith('type ')) {
            types.push(specifier);
            continue;
          }
          const name = specifier.split(/\s+as\s+/)[0];
          const style = styleOf(name);
          if (style) needed.add(style);
          const module = modules.get(name);
          if (module) byModule.set(module, [...(byModule.get(module) ?? []), specifier]);
          else unknown.push(specifier);
        }
        if (unknown.length) this.warn(`${file}: ${unknown.join(', ')} imported from the whole of element-plus (no component exports it)`);
        changed = true;
        return [
          ...[...byModule].map(([module, names]) => `import { ${names.join(', ')} } from '${module}';`),
          ...(unknown.length || types.length ? [`import { ${[...unknown, ...types].join(', ')} } from 'element-plus';`] : []),
        ].join('\n');
      });
      if (!changed) return null;
      return { code: [...needed].map((style) => `import '${style}';`).join('\n') + '\n' + rewritten, map: null };
    },
  };
}
