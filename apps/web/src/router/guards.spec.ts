/* eslint-disable vue/one-component-per-file -- the layout and page of these tests are defined inline */
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { http, setHttpClient } from '../api/http';
import { accessToken } from '../api/session';
import { fakeApi, json } from '../testing/fake-api';
import { fakeMe } from '../testing/helpers';
import { installGuards } from './index';

const original = http;
const Page = defineComponent({ render: () => h('div', 'rows') });

describe('route guards', () => {
  afterEach(() => {
    setHttpClient(original);
    accessToken.value = null;
  });

  it('on a reload, downloads the layout and page code while /auth/me is asked, not after it answers', async () => {
    setActivePinia(createPinia());
    accessToken.value = 'signed-in';
    let answerMe: () => void = () => undefined;
    const meAsked = new Promise<void>((resolve) => (answerMe = resolve));
    fakeApi({
      'GET /api/v1/auth/me': async () => {
        await meAsked;
        return json(fakeMe(['customer:read']));
      },
    });
    const loadLayout = vi.fn(async () => ({ default: defineComponent({ render: () => h('main') }) }));
    const loadPage = vi.fn(async () => ({ default: Page }));
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/login', name: 'login', component: Page, meta: { public: true } },
        {
          path: '/',
          component: loadLayout,
          children: [{ path: 'customers', name: 'customers', component: loadPage, meta: { permission: 'customer:read' } }],
        },
      ],
    });
    installGuards(router);

    const navigation = router.push('/customers');
    await flushPromises();
    // /auth/me has not answered yet, and both chunks are already on their way.
    expect(router.currentRoute.value.name).toBeUndefined();
    expect(loadLayout).toHaveBeenCalled();
    expect(loadPage).toHaveBeenCalled();

    answerMe();
    await navigation;
    expect(router.currentRoute.value.name).toBe('customers');
  });
});
