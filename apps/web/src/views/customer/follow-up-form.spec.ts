import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import { resetDictionaries } from '../../composables/use-dictionaries';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import FollowUpForm from './components/follow-up-form.vue';

const original = http;
const dictionaries = () =>
  json([
    {
      code: 'follow-up-method',
      name: '跟进方式',
      nameEn: 'Method',
      description: null,
      items: [{ id: 'm1', code: 'phone', label: '电话', labelEn: 'Phone', sortOrder: 1, enabled: true, builtIn: true, version: 1 }],
    },
  ]);
const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('follow-up form', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetDictionaries();
    document.body.innerHTML = '';
  });

  // Bug 2 of issue 19: the reset after a save re-validated the emptied fields and showed 请填写跟进方式 in red.
  it('is clean after a save: the emptied form shows no required-field errors', async () => {
    const api = fakeApi({
      'GET /api/v1/dictionaries': dictionaries,
      'POST /api/v1/customers/c1/follow-ups': () => json({ id: 'f1' }, 201),
    });
    const { plugins, router } = setupApp(['customer:read', 'customer:write']);
    const wrapper = mount(FollowUpForm, { props: { customerId: 'c1', contacts: [] }, global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    await wrapper.get('[data-testid="follow-up-form-method"]').trigger('click');
    await vi.waitFor(() => must(document.body.querySelector<HTMLElement>('.el-select-dropdown__item'), 'method option').click());
    const summary = wrapper.get<HTMLInputElement>('input[data-testid="follow-up-form-summary"]');
    await summary.setValue('回访报价');
    await wrapper.get('[data-testid="follow-up-form-save"]').trigger('click');
    await vi.waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    await flushPromises();
    await flushPromises();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ method: 'phone', summary: '回访报价' });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.get<HTMLInputElement>('input[data-testid="follow-up-form-summary"]').element.value).toBe('');
    expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([]);
    // A field re-validated by the reset is marked validating, then error (in red) once its rule fails.
    expect(byTestId('follow-up-form')?.querySelectorAll('.el-form-item.is-error, .el-form-item.is-validating')).toHaveLength(0);
    wrapper.unmount();
  });
});
