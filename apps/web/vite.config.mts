/// <reference types='vitest' />
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { nxCopyAssetsPlugin } from '@nx/vite/plugins/nx-copy-assets.plugin';
import { elementPlusOnDemand } from './build/element-plus-on-demand.mts';
import { firstLoad } from './build/first-load.mts';
import { precompress } from './build/precompress.mts';

// The pages a hard reload usually lands on: their libraries are one shared chunk, the other pages' come with them.
const shell = firstLoad({
  shell: ['src/views/login/index.vue', 'src/layouts/default-layout.vue', 'src/views/home/index.vue', 'src/views/customer/list/index.vue'],
  budget: { route: '/customers', pages: ['src/layouts/default-layout.vue', 'src/views/customer/list/index.vue'], maxBytes: 400 * 1024, maxFiles: 60 },
});

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
            // Libraries only some pages load (charts; exact decimals of the quote editor and kanban): chunks of their own,
            // fetched with those pages — matched by the catch-all group below they were part of every first load.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 40 },
            { name: 'decimal', test: /node_modules[\\/]decimal\.js[\\/]/, priority: 40 },
            { name: 'element-plus-styles', test: (id) => /element-plus[\\/](es[\\/]components[\\/][^\\/]+[\\/]style|theme-chalk)[\\/]/.test(id) && shell.has(id), priority: 25 },
            // ECharts (with zrender, ~300 KB brotli) is imported lazily by the charts alone: left out of this
            // group, it stays its own chunk instead of riding along on every page's first load.
            { name: 'element-plus', test: (id) => /node_modules[\\/](?!echarts|zrender)/.test(id) && shell.has(id), priority: 20 },
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
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    reporters: ['default'],
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
