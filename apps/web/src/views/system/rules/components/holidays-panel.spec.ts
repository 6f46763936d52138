import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../../../api/http';
import type { Holiday } from '../../../../api/types';
import { fakeApi, json, must, problem } from '../../../../testing/fake-api';
import { setupApp } from '../../../../testing/helpers';
import HolidaysPanel from './holidays-panel.vue';

const original = http;
const NATIONAL_DAY: Holiday = { id: 'h1', date: '2026-10-01', name: 'National Day', isWorkday: false };
const MAKE_UP: Holiday = { id: 'h2', date: '2026-09-27', name: 'Make-up day', isWorkday: true };

async function mountPanel(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  const { plugins } = setupApp(['rule:write']);
  const wrapper = mount(HolidaysPanel, { global: { plugins }, attachTo: document.body });
  await flushPromises();
  return { wrapper, ...api };
}

const body = () => document.body;
const byTestId = (id: string) => body().querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('holidays panel', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('lists the year’s holidays with their kind', async () => {
    const { wrapper, calls } = await mountPanel({ 'GET /api/v1/settings/holidays': () => json([MAKE_UP, NATIONAL_DAY]) });
    expect(calls[0].url.searchParams.get('year')).toBe(String(new Date().getFullYear()));
    expect(wrapper.find('[data-testid="holidays-row-2026-10-01"]').exists()).toBe(true);
    const text = wrapper.get('[data-testid="holidays-table"]').text();
    expect(text).toContain('Make-up workday');
    expect(text).toContain('Day off');
  });

  it('shows the server’s complaint on the date field when the date is already listed', async () => {
    const { wrapper, calls } = await mountPanel({
      'GET /api/v1/settings/holidays': () => json([NATIONAL_DAY]),
      'POST /api/v1/settings/holidays': () =>
        problem(409, 'The date is already in the holiday calendar', [{ field: 'date', message: 'is already in the calendar', code: 'unique' }]),
    });
    await wrapper.get('[data-testid="holidays-create"]').trigger('click');
    await flushPromises();
    const date = must(must(byTestId('holidays-form-date')).querySelector('input'));
    date.value = '2026-10-01';
    date.dispatchEvent(new Event('input'));
    date.dispatchEvent(new Event('change'));
    const name = byTestId('holidays-form-name') as HTMLInputElement;
    name.value = ' National Day ';
    name.dispatchEvent(new Event('input'));
    must(must(byTestId('holidays-form-kind-workday')).querySelector('input')).click();
    await flushPromises();
    must(byTestId('holidays-form-save')).click();
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    await flushPromises();
    const post = must(calls.find((c) => c.method === 'POST'));
    expect(post.body).toEqual({ date: '2026-10-01', name: 'National Day', isWorkday: true });
    await vi.waitFor(() => expect(must(byTestId('holidays-form-dialog')).textContent).toContain('Already exists'));
  });

  it('deletes a date after confirmation and reloads', async () => {
    let listed = [NATIONAL_DAY];
    const { wrapper, calls } = await mountPanel({
      'GET /api/v1/settings/holidays': () => json(listed),
      'DELETE /api/v1/settings/holidays/2026-10-01': () => {
        listed = [];
        return json(null, 204);
      },
    });
    await wrapper.get('[data-testid="holidays-delete-2026-10-01"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(body().querySelector('.confirm-dialog')).not.toBeNull());
    must(body().querySelector<HTMLElement>('.confirm-dialog .el-button--primary')).click();
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    await vi.waitFor(() => expect(wrapper.find('[data-testid="holidays-row-2026-10-01"]').exists()).toBe(false));
  });
});
