import { mount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, http, setHttpClient } from '../../api/http';
import { memoryTokenStore } from '../../api/session';
import { setupApp } from '../../testing/helpers';
import LoginPage from './index.vue';

function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'https://kehu.dev/problems/x', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

const original = http;

async function submitWith(response: Response) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => response);
  setHttpClient(createHttpClient({ baseUrl: 'http://localhost', fetch, tokens: memoryTokenStore() }));
  const { router, plugins } = setupApp();
  await router.push('/login');
  await router.isReady();
  const wrapper = mount(LoginPage, { global: { plugins }, attachTo: document.body });
  await wrapper.get('[data-testid="login-username"]').setValue('alice');
  await wrapper.get('[data-testid="login-password"]').setValue('wrong-password');
  await wrapper.get('form').trigger('submit');
  await flushPromises();
  await vi.waitFor(() => expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(true));
  return { wrapper, fetch };
}

describe('login page', () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('shows the problem detail when the account is locked (423)', async () => {
    const { wrapper, fetch } = await submitWith(problem(423, 'Account locked', 'Locked until 10:15 after 5 failed attempts'));
    expect(fetch).toHaveBeenCalledTimes(1);
    const request = fetch.mock.calls[0][0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/v1/auth/login');
    expect(await request.json()).toEqual({ username: 'alice', password: 'wrong-password' });
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('Locked until 10:15 after 5 failed attempts');
  });

  it('explains a known problem type in the UI language, with the time the lock ends', async () => {
    const lockedUntil = '2026-05-01T02:15:00.000Z';
    const body = {
      type: 'https://kehu.dev/problems/account-locked',
      title: 'Account locked',
      status: 423,
      detail: `Try again after ${lockedUntil}`,
      lockedUntil,
    };
    const { wrapper } = await submitWith(
      new Response(JSON.stringify(body), { status: 423, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    expect(wrapper.get('[data-testid="login-error"]').text()).toBe(
      `The account is locked after repeated failed sign-ins; try again after ${new Date(lockedUntil).toLocaleString('en', { hour12: false, timeZone: 'Asia/Shanghai' })}.`,
    );
  });

  it('says the credentials are wrong on 401', async () => {
    const { wrapper } = await submitWith(problem(401, 'Invalid credentials'));
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('Wrong username or password');
  });

  it('says there were too many attempts on 429', async () => {
    const { wrapper } = await submitWith(problem(429, 'Too many requests'));
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('Too many attempts');
  });

  it('signs in once when Enter is pressed in the password field (the browser submits the form, then the key comes up)', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => problem(401, 'Invalid credentials'));
    setHttpClient(createHttpClient({ baseUrl: 'http://localhost', fetch, tokens: memoryTokenStore() }));
    const { router, plugins } = setupApp();
    await router.push('/login');
    await router.isReady();
    const wrapper = mount(LoginPage, { global: { plugins }, attachTo: document.body });
    await wrapper.get('[data-testid="login-username"]').setValue('alice');
    const password = wrapper.get('[data-testid="login-password"]');
    await password.setValue('secret-password');
    // What a browser does on Enter in a form with a submit button: keydown, implicit submission, keyup.
    await password.trigger('keydown', { key: 'Enter' });
    await wrapper.get('form').trigger('submit');
    await password.trigger('keyup', { key: 'Enter' });
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(true));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('ignores a second submission while the first sign-in is on its way', async () => {
    let answer: (r: Response) => void = () => undefined;
    const fetch = vi.fn<typeof globalThis.fetch>(() => new Promise<Response>((resolve) => (answer = resolve)));
    setHttpClient(createHttpClient({ baseUrl: 'http://localhost', fetch, tokens: memoryTokenStore() }));
    const { router, plugins } = setupApp();
    await router.push('/login');
    await router.isReady();
    const wrapper = mount(LoginPage, { global: { plugins }, attachTo: document.body });
    await wrapper.get('[data-testid="login-username"]').setValue('alice');
    await wrapper.get('[data-testid="login-password"]').setValue('secret-password');
    await wrapper.get('form').trigger('submit');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    answer(problem(401, 'Invalid credentials'));
    await vi.waitFor(() => expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(true));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
