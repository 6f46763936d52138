import { defineComponent, nextTick, reactive } from 'vue';
import { mount, flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElForm, ElFormItem, ElInput, ElMessage } from 'element-plus';
import { ProblemError } from './http';
import { fieldErrorMessage, fieldToProp, problemMessage, showError, useProblemForm } from './problem-form';
import type { Problem } from './types';
import { i18n, setLocale } from '../i18n';
import en from '../i18n/locales/en';
import zhCN from '../i18n/locales/zh-CN';

describe('fieldToProp', () => {
  it('maps API field paths onto form props', () => {
    expect(fieldToProp('roleIds[0]')).toBe('roleIds');
    expect(fieldToProp('username')).toBe('username');
    expect(fieldToProp('body.email')).toBe('email');
    expect(fieldToProp('items[2].quantity')).toBe('items.2.quantity');
    expect(fieldToProp('address.city', ['address'])).toBe('address');
  });
});

const Form = defineComponent({
  components: { ElForm, ElFormItem, ElInput },
  setup() {
    const model = reactive({ username: '', roleIds: [] as string[] });
    const problem = useProblemForm(['username', 'roleIds'], { labels: { username: 'Username', roleIds: 'Roles', email: '邮箱' } });
    return { model, ...problem };
  },
  template: `
    <el-form :model="model">
      <el-form-item label="Username" prop="username" :error="errors.username" data-testid="item-username">
        <el-input v-model="model.username" />
      </el-form-item>
      <el-form-item label="Roles" prop="roleIds" :error="errors.roleIds" data-testid="item-roles">
        <el-input />
      </el-form-item>
    </el-form>`,
});

const problem = (extra: object) =>
  new ProblemError({ type: 'https://kehu.dev/problems/validation-error', title: 'Validation failed', status: 400, ...extra });

const typed = (slug: string, members: Omit<Problem, 'type' | 'title' | 'status'> & { title?: string; status?: number } = {}) =>
  new ProblemError({ type: `https://kehu.dev/problems/${slug}`, title: 'Server title', status: 409, ...members });

const messageText = () => document.body.querySelector('.el-message')?.textContent?.trim();
const itemError = (wrapper: ReturnType<typeof mount>, testId: string) =>
  wrapper.find(`[data-testid="${testId}"] .el-form-item__error`).text();

describe('useProblemForm', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => {
    ElMessage.closeAll();
    document.body.innerHTML = '';
  });

  it('shows each field error on its form item, translated by its code (zh-CN, then en)', async () => {
    const wrapper = mount(Form, { global: { plugins: [i18n] } });
    const error = problem({
      errors: [
        { field: 'username', message: 'must be shorter than or equal to 64 characters', code: 'maxLength' },
        { field: 'roleIds[0]', message: 'no such role', code: 'exists' },
      ],
    });
    const handled = await wrapper.vm.handle(error);
    await nextTick();
    await flushPromises();
    expect(handled).toBe(true);
    // Element Plus shows the message after a short debounce.
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true));
    expect(itemError(wrapper, 'item-username')).toBe('不能超过 64 个字符');
    expect(itemError(wrapper, 'item-roles')).toBe('不存在或已停用');
    expect(wrapper.get('[data-testid="item-username"]').classes()).toContain('is-error');
    expect(messageText()).toBeUndefined();

    setLocale('en');
    await wrapper.vm.handle(error);
    await vi.waitFor(() => expect(itemError(wrapper, 'item-username')).toBe('At most 64 characters'));
    expect(itemError(wrapper, 'item-roles')).toBe('Does not exist or is no longer available');
  });

  it('shows the server’s message for a field error whose code has no translation, and joins two errors of one field', async () => {
    const wrapper = mount(Form, { global: { plugins: [i18n] } });
    await wrapper.vm.handle(
      problem({
        errors: [
          { field: 'username', message: 'is reserved for the system', code: 'reservedName' },
          { field: 'username', message: 'username should not be empty', code: 'isNotEmpty' },
          { field: 'roleIds', message: 'must contain at least 1 elements' },
        ],
      }),
    );
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true));
    expect(itemError(wrapper, 'item-username')).toBe('is reserved for the system；不能为空');
    expect(itemError(wrapper, 'item-roles')).toBe('must contain at least 1 elements');
  });

  it('shows field errors of no form item as a message, named by the caller’s label or else the field path', async () => {
    const wrapper = mount(Form, { global: { plugins: [i18n] } });
    await wrapper.vm.handle(
      problem({
        errors: [
          { field: 'username', message: 'is already taken', code: 'unique' },
          { field: 'email', message: 'must be an email', code: 'isEmail' },
          { field: 'nickname', message: 'property nickname should not exist', code: 'whitelistValidation' },
        ],
      }),
    );
    await vi.waitFor(() => expect(itemError(wrapper, 'item-username')).toBe('已存在'));
    expect(messageText()).toBe('邮箱：请输入有效的邮箱地址；nickname：不是可接受的字段');
  });

  it('shows a problem without field errors as a message: translated by its slug, else the server’s detail', async () => {
    const wrapper = mount(Form, { global: { plugins: [i18n] } });
    const handled = await wrapper.vm.handle(typed('department-has-members', { detail: 'Department has 3 members' }));
    await flushPromises();
    expect(handled).toBe(false);
    expect(wrapper.find('.el-form-item__error').exists()).toBe(false);
    expect(messageText()).toBe('部门下还有成员，不能删除');

    ElMessage.closeAll();
    document.body.innerHTML = '';
    await wrapper.vm.handle(typed('brand-new-problem', { detail: 'Department has members' }));
    await flushPromises();
    expect(messageText()).toBe('Department has members');
  });
});

describe('problemMessage', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => {
    ElMessage.closeAll();
    document.body.innerHTML = '';
  });

  it('translates a known slug with its extension members, in zh-CN and after switching to en', () => {
    const duplicate = typed('duplicate-customer', {
      detail: '靖江市春意空调有限公司 (POTENTIAL, owner 王芳) already has this name',
      existing: { id: null, name: '靖江市春意空调有限公司', status: 'POTENTIAL', ownerName: '王芳' },
      errors: [{ field: 'name', message: 'already used by 靖江市春意空调有限公司', code: 'duplicate' }],
    });
    expect(problemMessage(duplicate)).toBe('客户已存在：靖江市春意空调有限公司（潜在，跟进人 王芳）');
    const inPool = typed('duplicate-customer', { existing: { id: null, name: '甲公司', status: 'POOL', ownerName: null } });
    expect(problemMessage(inPool)).toBe('客户已存在：甲公司（公海，暂无跟进人）');
    expect(
      problemMessage(typed('illegal-lifecycle-transition', { action: 'claim', currentStatus: 'FORMAL', currentStage: 'FORMAL' })),
    ).toBe('当前无法操作：客户处于「正式」阶段，请刷新后查看');
    expect(problemMessage(typed('not-customer-owner', { status: 403 }))).toBe('只有跟进人（或有转移权限的主管）可以操作');
    expect(problemMessage(typed('version-mismatch', { status: 412, currentVersion: 7 }))).toBe(
      '该记录已被他人修改（当前版本 7），请刷新后重试',
    );
    expect(problemMessage(typed('forbidden', { status: 403, permission: 'customer:transfer' }))).toBe(
      '您没有执行此操作的权限（需要权限 customer:transfer）',
    );
    expect(problemMessage(typed('forbidden', { status: 403, teamAccess: 'READ' }))).toBe(
      '您在该客户团队中的权限为「可查看」，不能修改该客户',
    );
    expect(problemMessage(typed('forbidden', { status: 403, teamAccess: null }))).toBe('您不在该客户的团队中，不能修改该客户');

    setLocale('en');
    expect(problemMessage(duplicate)).toBe('Customer already exists: 靖江市春意空调有限公司 (Potential, owner 王芳)');
    expect(problemMessage(typed('forbidden', { status: 403, teamAccess: 'READ' }))).toBe(
      'Your access on this customer’s team is “Can view”: you cannot change it.',
    );
    expect(problemMessage(typed('owned-customer-limit', { ownedProtected: 50, maxOwnedCustomers: 50 }))).toBe(
      'The owner already has 50 protected customers (limit 50).',
    );
  });

  it('formats the dates it interpolates for the UI language, in the business time zone', () => {
    const claimableAt = '2026-05-04T08:30:00.000Z';
    const lockedUntil = '2026-05-01T02:15:00.000Z';
    const cooldown = typed('claim-cooldown', { claimableAt });
    const locked = typed('account-locked', { status: 423, lockedUntil, detail: `Try again after ${lockedUntil}` });
    const zhDate = new Date(claimableAt).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
    expect(problemMessage(cooldown)).toBe(`您最近放弃了该客户，${zhDate} 起才能再次领取`);
    expect(problemMessage(locked)).toBe(
      `登录失败次数过多，账号已被锁定，请于 ${new Date(lockedUntil).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })} 后再试`,
    );
    setLocale('en');
    const enDate = new Date(claimableAt).toLocaleString('en', { hour12: false, timeZone: 'Asia/Shanghai' });
    expect(enDate).not.toBe(zhDate);
    expect(problemMessage(cooldown)).toBe(`You abandoned this customer recently; you may claim it again from ${enDate}.`);
    expect(problemMessage(locked)).toContain(new Date(lockedUntil).toLocaleString('en', { hour12: false, timeZone: 'Asia/Shanghai' }));
  });

  it('uses the slug’s plain text when a member its detailed text needs was not sent', () => {
    expect(problemMessage(typed('duplicate-customer', { detail: 'X already has this name' }))).toBe('客户已存在');
    expect(problemMessage(typed('claim-cooldown', { detail: 'Claimable after …' }))).toBe('您最近放弃了该客户，暂时不能再次领取');
    expect(problemMessage(typed('version-mismatch', { status: 412 }))).toBe('该记录已被他人修改，请刷新后重试');
    expect(problemMessage(typed('forbidden', { status: 403, detail: 'Requires permission' }))).toBe('您没有执行此操作的权限');
    expect(problemMessage(typed('internal-error', { status: 500, requestId: 'req-42' }))).toBe(
      '服务器出错了，请稍后重试；如问题持续，请把请求编号 req-42 告知管理员',
    );
  });

  it('falls back to the server’s detail, then its title, for a slug without translation; never an empty text', () => {
    expect(problemMessage(typed('quota-exceeded', { detail: 'Quota of 10 exports per day reached' }))).toBe(
      'Quota of 10 exports per day reached',
    );
    expect(problemMessage(typed('quota-exceeded', { title: 'Quota exceeded' }))).toBe('Quota exceeded');
    expect(problemMessage(new ProblemError({ type: 'about:blank', title: 'Bad Gateway', status: 502 }))).toBe('Bad Gateway');
    expect(problemMessage(new ProblemError({ type: 'about:blank', title: '', status: 502 }))).toBe('出错了，请重试');
    expect(problemMessage(new TypeError('Failed to fetch'))).toBe('无法连接服务器');
    setLocale('en');
    expect(problemMessage(typed('quota-exceeded', { detail: 'Quota of 10 exports per day reached' }))).toBe(
      'Quota of 10 exports per day reached',
    );
  });

  it('lists the translated field errors of a validation error shown as a message', () => {
    showError(
      problem({
        detail: 'createdFrom: must be a valid ISO 8601 date string',
        errors: [
          { field: 'createdFrom', message: 'must be a valid ISO 8601 date string', code: 'isDateString' },
          { field: 'pageSize', message: 'must not be greater than 100', code: 'max' },
        ],
      }),
    );
    expect(messageText()).toBe('提交的数据有误：createdFrom：日期格式不正确；pageSize：不能大于 100');
  });
});

describe('fieldErrorMessage', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('interpolates what the server’s message and the problem carry; falls back to the message when it cannot', () => {
    const duplicate = typed('duplicate-customer', { existing: { id: null, name: '甲公司', status: 'FORMAL', ownerName: '王芳' } }).problem;
    expect(fieldErrorMessage({ field: 'phone', message: 'already used by 甲公司', code: 'duplicate' }, { problem: duplicate })).toBe(
      '已被客户「甲公司」使用',
    );
    expect(
      fieldErrorMessage({ field: 'industry', message: '"石油" is not an item of the industry dictionary', code: 'isDictionaryItem' }),
    ).toBe('「石油」不是有效的选项');
    expect(fieldErrorMessage({ field: 'status', message: 'must be one of the following values: POTENTIAL, INTENT', code: 'isEnum' })).toBe(
      '须为以下值之一：POTENTIAL, INTENT',
    );
    expect(fieldErrorMessage({ field: 'days', message: 'must be an integer from 1 to 30 (extensionMaxDays)', code: 'max' })).toBe(
      '不能大于 30',
    );
    expect(fieldErrorMessage({ field: 'value', message: 'must be less than agingDays2 (60)', code: 'ruleOrder' })).toBe(
      '须与规则 agingDays2（60）保持大小顺序',
    );
    // the number the text needs is not in the message: the server's own words
    expect(fieldErrorMessage({ field: 'name', message: 'is too long', code: 'maxLength' })).toBe('is too long');
    expect(fieldErrorMessage({ field: 'name', message: 'is not allowed here', code: 'someNewRule' })).toBe('is not allowed here');
    expect(fieldErrorMessage({ field: 'name', message: '', code: 'someNewRule' }, { problem: problem({}).problem })).toBe(
      'Validation failed',
    );
    expect(fieldErrorMessage({ field: 'username', message: 'is already taken', code: 'unique' }, { label: '用户名' })).toBe(
      '用户名：已存在',
    );
    setLocale('en');
    expect(fieldErrorMessage({ field: 'username', message: 'is already taken', code: 'unique' }, { label: 'Username' })).toBe(
      'Username: Already exists',
    );
  });
});

/** Every problem type the server can answer (grep `problemType(` and the `*ErrorCode` enums in libs/server). */
const SERVER_SLUGS = [
  // sales: products and opportunities (libs/server/product, libs/server/opportunity)
  'assignee-outside-department',
  'not-opportunity-owner',
  'opportunity-closed',
  'opportunity-not-closed',
  'opportunity-stage-jump',
  'product-category-cycle',
  'product-category-has-children',
  'product-category-in-use',
  'product-category-name-taken',
  'product-code-taken',
  'product-discontinued',
  // core: CoreErrorCode and the problem filter
  'not-found',
  'version-mismatch',
  'precondition-required',
  'conflict',
  'invalid-state',
  'forbidden',
  'password-change-required',
  'unauthorized',
  'too-many-requests',
  'job-busy',
  'unknown-job',
  'bad-request',
  'method-not-allowed',
  'payload-too-large',
  'unsupported-media-type',
  'unprocessable',
  'internal-error',
  'http-error',
  'validation-error',
  'duplicate',
  'reference-conflict',
  'concurrent-update',
  // customer, import
  'duplicate-customer',
  'category-in-use',
  'category-has-children',
  'category-cycle',
  'category-name-taken',
  'merge-self',
  'transfer-target-invalid',
  'illegal-lifecycle-transition',
  'not-customer-owner',
  'protection-expired',
  'extension-limit',
  'extension-pending',
  'intent-pending',
  'claim-cooldown',
  'owned-customer-limit',
  'daily-claim-limit',
  'churn-alert-closed',
  'protection-incomplete',
  'invalid-import-file',
  'import-file-too-large',
  // permissions
  'invalid-credentials',
  'account-locked',
  'account-disabled',
  'login-rate-limited',
  'invalid-refresh-token',
  'wrong-password',
  'weak-password',
  'username-taken',
  'role-code-taken',
  'unknown-permission',
  'built-in-role',
  'role-in-use',
  'department-has-members',
  'department-has-children',
  'department-cycle',
  'department-name-taken',
  'cannot-disable-self',
  'api-key-expiry-invalid',
  'grant-exceeds-own',
  'user-exceeds-own',
  // settings, approval
  'dictionary-item-code-taken',
  'dictionary-item-built-in',
  'dictionary-item-in-use',
  'unknown-rule',
  'holiday-exists',
  'approval-not-pending',
  'approval-already-pending',
  'not-approver',
  'approval-own-request',
  'not-requester',
  'approval-chain-missing',
  'approval-handler-missing',
  'unknown-role',
  // core files
  'file-required',
  'file-too-large',
  'file-type-not-allowed',
  'file-unreadable',
  // contract numbers, contracts
  'contract-number-unknown',
  'contract-number-reserved-by-other',
  'contract-number-expired',
  'contract-number-used',
  'contract-customer-not-signable',
  'contract-order-review-required',
  'contract-signed-scan-missing',
  'contract-order-review-not-applicable',
  'contract-no-customer-yet',
  // receivables and payments (libs/server/receivable), Idempotency-Key (core)
  'receivable-plan-sum-mismatch',
  'receivable-instalment-locked',
  'receivable-contract-not-open',
  'receivable-plan-missing',
  'payment-exceeds-outstanding',
  'payment-state-conflict',
  'payment-already-reversed',
  'receivable-amount-below-received',
  'idempotency-key-reused',
  'idempotency-key-in-flight',
  // receivables: deliveries (libs/server/receivable/src/deliveries)
  'delivery-state-conflict',
  'delivery-exceeds-ordered',
  'delivery-contract-not-active',
];

/** Every field error code: class-validator constraints the DTOs use, and the codes the services write. */
const FIELD_CODES = [
  'required',
  'isNotEmpty',
  'isDefined',
  'exists',
  'unique',
  'duplicate',
  'owner',
  'range',
  'isImportFile',
  'maxSize',
  'isPermission',
  'wrongPassword',
  'exceedsGranter',
  'weakPassword',
  'isDate',
  'isDateString',
  'isDictionaryItem',
  'isEnabledDictionaryItem',
  'ruleOrder',
  'sortField',
  'isPhoneNumber',
  'isUuid',
  'isDecimal',
  'isTimeZone',
  'isInt',
  'min',
  'max',
  'isBoolean',
  'isString',
  'maxLength',
  'minLength',
  'matches',
  'isIn',
  'isEnum',
  'isArray',
  'arrayMinSize',
  'arrayMaxSize',
  'isEmail',
  'isPositive',
  'isObject',
  'nestedValidation',
  'whitelistValidation',
  'unknownValue',
  // contracts: a customerId or opportunityId that contradicts the quote
  'mismatch',
  // receivable plans: the sum against the contract amount, an instalment that received money or a pending payment names
  'sum',
  'paid',
  'pending',
];

function keyPaths(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('problem catalogue', () => {
  it('has a text for every server problem type and field error code, in both languages with the same keys', () => {
    expect(keyPaths(zhCN).sort()).toEqual(keyPaths(en).sort());
    for (const messages of [en, zhCN]) {
      expect(Object.keys(messages.problems).sort()).toEqual([...SERVER_SLUGS].sort());
      expect(Object.keys(messages.fieldErrors).sort()).toEqual([...FIELD_CODES].sort());
      for (const key of keyPaths(messages).filter((k) => /^(problems|problemDetails|fieldErrors)\./.test(k))) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
      }
    }
    // every slug gives a non-empty text of its own, in each language
    for (const locale of ['zh-CN', 'en'] as const) {
      setLocale(locale);
      for (const slug of SERVER_SLUGS) {
        const text = problemMessage(typed(slug, { detail: 'server detail' }));
        expect(text, slug).not.toBe('server detail');
        expect(text.trim(), slug).not.toBe('');
      }
    }
  });
});
