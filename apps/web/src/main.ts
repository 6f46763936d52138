// Element Plus styles come per component (build/element-plus-on-demand.mts); only the CSS variables here.
import 'element-plus/theme-chalk/base.css';
import './styles.css';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './app/App.vue';
import { installAccessDirective } from './directives/access';
import { i18n, currentLocale } from './i18n';
import { createAppRouter } from './router';

document.documentElement.lang = currentLocale.value;

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(createAppRouter());
installAccessDirective(app);
app.mount('#root');
