import { ElMessage, ElMessageBox } from 'element-plus';
import { confirmPayment, rejectPayment, reversePayment } from '../../api/receivable';
import { showError } from '../../api/problem-form';
import type { Payment } from '../../api/types';
import { t } from '../../i18n';
import { confirmAction } from '../../utils/confirm';
import { formatMoney } from '../../utils/format';

/** Asks for the reason of a rejection or reversal; null when the user cancels. */
async function askReason(title: string, action: string, testid: string): Promise<string | null> {
  try {
    const answer = await ElMessageBox.prompt(t('receivable.fields.reason'), title, {
      inputType: 'textarea',
      inputValidator: (v: string) => !!v?.trim() || t('receivable.payments.reasonRequired'),
      confirmButtonText: action,
      cancelButtonText: t('common.cancel'),
      customClass: testid,
    });
    return answer.value.trim();
  } catch {
    return null;
  }
}

async function attempt(call: () => Promise<Payment>, message: string): Promise<Payment | null> {
  try {
    const result = await call();
    ElMessage.success(message);
    return result;
  } catch (error) {
    showError(error);
    return null;
  }
}

/**
 * Finance's decisions on one payment (confirm, reject with a reason, reverse with a reason), each
 * asked first; answers what the server answered, or null when cancelled or refused (the problem shown).
 */
export const paymentDecisions = {
  async confirm(p: Pick<Payment, 'id' | 'amount' | 'contractNumber'>): Promise<Payment | null> {
    if (!(await confirmAction(t('receivable.payments.confirmPrompt', { amount: formatMoney(p.amount), number: p.contractNumber }), 'info'))) return null;
    return attempt(() => confirmPayment(p.id), t('receivable.payments.confirmed'));
  },
  async reject(p: Pick<Payment, 'id' | 'amount'>): Promise<Payment | null> {
    const reason = await askReason(t('receivable.payments.rejectTitle', { amount: formatMoney(p.amount) }), t('receivable.payments.reject'), 'payment-reject-dialog');
    return reason === null ? null : attempt(() => rejectPayment(p.id, reason), t('receivable.payments.rejected'));
  },
  async reverse(p: Pick<Payment, 'id' | 'amount'>): Promise<Payment | null> {
    const reason = await askReason(t('receivable.payments.reverseTitle', { amount: formatMoney(p.amount) }), t('receivable.payments.reverse'), 'payment-reverse-dialog');
    return reason === null ? null : attempt(() => reversePayment(p.id, reason), t('receivable.payments.reversed'));
  },
};
