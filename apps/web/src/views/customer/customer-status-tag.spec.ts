import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import { resetRules } from '../../composables/use-rules';
import { setLocale } from '../../i18n';
import { fakeApi, json } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import CustomerStatusTag from './components/customer-status-tag.vue';

const original = http;
const protectedCustomer = {
  stage: 'POTENTIAL_PROTECTED' as const,
  protectionUntil: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  intentPending: false,
  extensionPending: false,
};

describe('customer status tag', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetRules();
    setLocale('en');
  });

  // Bug 3 of issue 19: a pending 转意向 request showed no 审批中 tag (extensions did, on the detail page only).
  it('marks a pending intent request and a pending extension as awaiting approval, wherever the tag is shown', async () => {
    fakeApi({ 'GET /api/v1/settings/rules': () => json([]) });
    const { plugins, router } = setupApp(['customer:read']);
    const intent = mount(CustomerStatusTag, { props: { customer: { ...protectedCustomer, intentPending: true } }, global: { plugins } });
    const extension = mount(CustomerStatusTag, { props: { customer: { ...protectedCustomer, extensionPending: true } }, global: { plugins } });
    const idle = mount(CustomerStatusTag, { props: { customer: protectedCustomer }, global: { plugins } });
    // The router's first navigation loads its page before the test ends (not after the environment is gone).
    await router.isReady();
    expect(intent.get('[data-testid="customer-intent-pending"]').text()).toBe('Intent awaiting approval');
    expect(extension.get('[data-testid="customer-extension-pending"]').text()).toBe('Extension awaiting approval');
    expect(extension.find('[data-testid="customer-intent-pending"]').exists()).toBe(false);
    expect(idle.find('[data-testid="customer-intent-pending"]').exists()).toBe(false);
    expect(idle.find('[data-testid="customer-extension-pending"]').exists()).toBe(false);
    setLocale('zh-CN');
    await intent.vm.$nextTick();
    expect(intent.get('[data-testid="customer-intent-pending"]').text()).toBe('转意向审批中');
  });
});
