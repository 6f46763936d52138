import { ElMessageBox } from 'element-plus';
import { t } from '../i18n';

/** Ask before a destructive action; resolves true when confirmed. */
export async function confirmAction(message: string, type: 'warning' | 'info' = 'warning'): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, t('common.confirmTitle'), {
      type,
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      customClass: 'confirm-dialog',
    });
    return true;
  } catch {
    return false;
  }
}
