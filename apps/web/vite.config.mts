/// <reference types='vitest' />
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { nxCopyAssetsPlugin } from '@nx/vite/plugins/nx-copy-assets.plugin';
import { elementPlusOnDemand } from './build/element-plus-on-demand.mts';
import { firstLoad } from './build/first-load.mts';
import { precompress } from './build/precompress.mts';

/**
 * The shell: the pages a session starts on (login, the layout, home, the customer list). Their code and the
 * libraries they use are the first load, a few large chunks; what only other pages use comes with those pages.
 * The build fails when the scripts and styles of a hard reload of /customers (brotli, as served) exceed the
 * budget: with the API's answers (≈ 28 KB), the page and ≈ 1 KB of headers per response that is ≈ 315 KB on
 * the wire, under the 350 KB of issue 19 (docs/performance.md "First load of the SPA").
 */
const shell = firstLoad({
  shell: ['src/views/login/index.vue', 'src/layouts/default-layout.vue', 'src/views/home/index.vue', 'src/views/customer/list/index.vue'],
  budget: { route: '/customers', pages: ['src/layouts/default-layout.vue', 'src/views/customer/list/index.vue'], maxBytes: 275 * 1024, maxFiles: 10 },
});

// The date and time pickers with dayjs: 30 KB brotli that only pages with date fields need.
const DATES = /element-plus[\\/](es[\\/]components[\\/]|theme-chalk[\\/]el-)(date-picker|date-picker-panel|time-picker|time-select)\b|node_modules[\\/]dayjs[\\/]/;

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
      '/health': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  define: {
    // vue-i18n: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  preview: {
    port: 4300,
    host: 'localhost',
  },
  plugins: [vue(), elementPlusOnDemand(), nxViteTsPaths(), nxCopyAssetsPlugin(['*.md']), precompress(), shell],
  // Uncomment this if you are using workers.
  // worker: {
  //   plugins: () => [ nxViteTsPaths() ],
  // },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Fewer, larger chunks: the framework and the component library change only on upgrades,
        // so they are cached (immutable) across releases; alone they were 40+ small requests.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|@intlify|openapi-fetch)[\\/]/, priority: 30 },
            // Libraries only some pages load (charts, ~300 KB brotli; exact decimals of the quote editor and kanban):
            // chunks of their own, fetched with those pages.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 40 },
            { name: 'decimal', test: /node_modules[\\/]decimal\.js[\\/]/, priority: 40 },
            // Element Plus (imported per component, build/element-plus-on-demand.mts) and the other libraries the shell uses, and their styles.
            { name: 'element-plus-styles', test: (id) => /element-plus[\\/](es[\\/]components[\\/][^\\/]+[\\/]style|theme-chalk)[\\/]/.test(id) && shell.has(id), priority: 25 },
            { name: 'element-plus', test: (id) => /node_modules[\\/]/.test(id) && shell.has(id), priority: 20 },
            // The shell's own code, one chunk with the entry: split by importers it was 20 chunks of ≈ 1 KB, each paying ≈ 1 KB of headers.
            { name: 'shell', test: (id) => !/node_modules[\\/]/.test(id) && shell.has(id), priority: 15 },
            // What the other pages share (the components of tabs, descriptions, steps …); a library one page alone uses goes with it.
            { name: 'libraries', test: (id) => /node_modules[\\/]/.test(id) && !DATES.test(id), priority: 12, minShareCount: 2 },
            { name: 'element-plus-dates', test: DATES, priority: 11 },
          ],
        },
      },
    },
    commonjsOptions: {
      transformMixedEsModules: true,
    },
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    include: ['{src,tests,build}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    reporters: ['default'],
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
