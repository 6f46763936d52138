import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"]/g;

/**
 * Element Plus styles on demand: every `import { ElTable, vLoading } from 'element-plus'` in the
 * SPA's code gets the matching `element-plus/es/components/<name>/style/css` imports (each pulls the
 * styles of the parts it is built from, and the shared CSS variables), so a page ships the CSS of
 * the components it uses instead of the 360 KB of the whole library. Names without a style folder
 * (types, helpers) are skipped.
 */
export function elementPlusStyles(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('element-plus/package.json'));
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
    name: 'kehu-element-plus-styles',
    // Component tests need no styles, and Node cannot load the .css files the style modules import.
    apply: (_, env) => env.mode !== 'test',
    transform(code, id) {
      const [file, query = ''] = id.split('?');
      // A .vue file's script may arrive as its own module (`?vue&type=script…`); styles and templates never import.
      if (file.includes('node_modules') || !/\.(vue|ts|js)$/.test(file) || /type=(style|template)/.test(query) || !code.includes('element-plus')) return null;
      const needed = new Set<string>();
      for (const match of code.matchAll(IMPORT)) {
        for (const specifier of match[1].split(',')) {
          const name = specifier.trim().split(/\s+as\s+/)[0];
          if (!name || name.startsWith('type ')) continue;
          const style = styleOf(name);
          if (style) needed.add(style);
        }
      }
      if (!needed.size) return null;
      return { code: [...needed].map((style) => `import '${style}';`).join('\n') + '\n' + code, map: null };
    },
  };
}
