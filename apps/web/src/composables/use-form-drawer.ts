import { computed, nextTick, reactive, ref } from 'vue';
import { ElMessage, type FormInstance } from 'element-plus';
import { t } from '../i18n';
import { useProblemForm } from '../api/problem-form';
import { confirmAction } from '../utils/confirm';
import { useIsPhone } from './use-breakpoint';

export type FormMode = 'create' | 'edit';

/**
 * State of a create/edit drawer or dialog: the model, its form ref, saving flag and API field
 * errors (bind `:error="errors.<prop>"` on form items, filled from the problem+json `errors[]`).
 * Closing with unsaved edits asks first (bind `:before-close="beforeClose"`), and on phones the
 * drawer takes the whole screen (bind `:size="size"` on el-drawer, `:fullscreen="isPhone"` on
 * el-dialog, `:label-position="labelPosition"` on el-form).
 */
export function useFormDrawer<M extends object>(
  defaults: () => M,
  options: {
    submit: (model: M, mode: FormMode) => Promise<unknown>;
    onSaved?: (result: unknown, mode: FormMode) => void;
    /** Called after a failed submit, once the error is shown (on the fields or as a message). */
    onError?: (error: unknown, mode: FormMode) => void;
    /** What to say after a save (null: nothing); gets what `submit` answered. */
    successMessage?: (result: unknown) => string | null;
    /** Stay open after a save that answered `result` (e.g. a batch where some items failed and are listed). */
    keepOpen?: (result: unknown) => boolean;
  },
) {
  const visible = ref(false);
  const mode = ref<FormMode>('create');
  const model = reactive(defaults()) as M;
  const formRef = ref<FormInstance>();
  const saving = ref(false);
  const problem = useProblemForm(() => Object.keys(defaults()));
  const isPhone = useIsPhone();
  /** The model as opened: edits since then make the form dirty. */
  const pristine = ref('');
  const snapshot = () => JSON.stringify(model);
  const dirty = computed(() => visible.value && snapshot() !== pristine.value);

  function open(initial?: Partial<M>, openMode: FormMode = initial ? 'edit' : 'create'): void {
    Object.assign(model, defaults(), initial ?? {});
    mode.value = openMode;
    problem.clear();
    pristine.value = snapshot();
    visible.value = true;
    void nextTick(() => formRef.value?.clearValidate());
  }

  function close(): void {
    visible.value = false;
  }

  /** el-drawer / el-dialog `before-close`: unsaved edits are discarded only when the user says so. */
  async function beforeClose(done: () => void): Promise<void> {
    if (!dirty.value || (await confirmAction(t('common.discardChanges'), 'warning'))) done();
  }

  /** Closes like the drawer's own close button: asks first when there are unsaved edits. */
  function requestClose(): Promise<void> {
    return beforeClose(close);
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
      const message = options.successMessage ? options.successMessage(result) : t('common.saved');
      if (message) ElMessage.success(message);
      if (options.keepOpen?.(result)) pristine.value = snapshot();
      else visible.value = false;
      options.onSaved?.(result, mode.value);
    } catch (error) {
      await problem.handle(error);
      options.onError?.(error, mode.value);
    } finally {
      saving.value = false;
    }
  }

  const size = computed(() => (isPhone.value ? '100%' : undefined));
  const labelPosition = computed(() => (isPhone.value ? 'top' : 'right'));
  return {
    visible,
    mode,
    model,
    formRef,
    saving,
    errors: problem.errors,
    dirty,
    isPhone,
    size,
    labelPosition,
    open,
    close,
    requestClose,
    beforeClose,
    save,
  };
}
