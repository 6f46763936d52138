import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t, te } from '../../../../i18n';
import { approvalSubjectLabel } from './approval-status';

/**
 * Every approval subject type the server registers (ApprovalSubjectType in libs/server/approval) and
 * every reminder kind (the `kind` each module registers with the reminder registry). A new one added
 * on the server without a text here shows its code in the UI; add it to both lists and the locales.
 */
const SERVER_SUBJECT_TYPES = [
  'customer.protection',
  'customer.intent',
  'customer.extension',
  'customer.terms-change',
  'contract',
  'contract.order-review',
  'quote.discount',
  'service.return-exchange',
];
const SERVER_REMINDER_KINDS = ['follow-up', 'protection-expiring', 'churn-alert', 'customer-care', 'plan-item', 'contract-ending', 'contract-number-expiring', 'overdue-instalment'];

describe('approval and reminder kinds', () => {
  afterEach(() => setLocale('zh-CN'));

  it('names every approval subject type and reminder kind of the server in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      setLocale(locale);
      for (const type of SERVER_SUBJECT_TYPES) expect(approvalSubjectLabel(type, ''), `${locale} ${type}`).not.toBe('');
      for (const kind of SERVER_REMINDER_KINDS) expect(te(`reminder.kind.${kind}`), `${locale} ${kind}`).toBe(true);
    }
    setLocale('zh-CN');
    expect(approvalSubjectLabel('contract.order-review')).toBe('订单评审');
    expect(t('reminder.kind.contract-ending')).toBe('合同即将到期');
    expect(approvalSubjectLabel('no.such-type')).toBe('no.such-type');
  });
});
