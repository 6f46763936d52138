import { nextTick, reactive, ref } from 'vue';
import { ElMessage, type FormInstance } from 'element-plus';
import { t } from '../i18n';
import { useProblemForm } from '../api/problem-form';

export type FormMode = 'create' | 'edit';

/**
 * State of a create/edit drawer or dialog: the model, its form ref, saving flag and API field
 * errors (bind `:error="errors.<prop>"` on form items).
 */
export function useFormDrawer<M extends object>(
  defaults: () => M,
  options: {
    submit: (model: M, mode: FormMode) => Promise<unknown>;
    onSaved?: (result: unknown, mode: FormMode) => void;
    /** Called after a failed submit, once the error is shown (on the fields or as a message). */
    onError?: (error: unknown, mode: FormMode) => void;
    successMessage?: () => string | null;
  },
) {
  const visible = ref(false);
  const mode = ref<FormMode>('create');
  const model = reactive(defaults()) as M;
  const formRef = ref<FormInstance>();
  const saving = ref(false);
  const problem = useProblemForm(() => Object.keys(defaults()));

  function open(initial?: Partial<M>, openMode: FormMode = initial ? 'edit' : 'create'): void {
    Object.assign(model, defaults(), initial ?? {});
    mode.value = openMode;
    problem.clear();
    visible.value = true;
    void nextTick(() => formRef.value?.clearValidate());
  }

  function close(): void {
    visible.value = false;
  }

  async function save(): Promise<void> {
    if (formRef.value) {
      const valid = await formRef.value.validate().catch(() => false);
      if (!valid) return;
    }
    saving.value = true;
    problem.clear();
    try {
      const result = await options.submit(model, mode.value);
      const message = options.successMessage ? options.successMessage() : t('common.saved');
      if (message) ElMessage.success(message);
      visible.value = false;
      options.onSaved?.(result, mode.value);
    } catch (error) {
      await problem.handle(error);
      options.onError?.(error, mode.value);
    } finally {
      saving.value = false;
    }
  }

  return { visible, mode, model, formRef, saving, errors: problem.errors, open, close, save };
}
