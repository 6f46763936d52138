import { nextTick, reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { t } from '../i18n';
import { ProblemError } from './http';
import { fieldErrorMessage, problemText } from './problem-messages';
import type { FieldError } from './types';

export { fieldErrorMessage, hasProblemText, problemText } from './problem-messages';
export { problemSlug } from './http';

/**
 * The form prop an API field path belongs to: `roleIds[0]` → `roleIds`, `body.name` → `name`,
 * `items[0].quantity` → `items.0.quantity` (or its longest prefix among `props`).
 */
export function fieldToProp(field: string, props?: readonly string[]): string {
  const path = field
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
  const parts = path.split('.');
  if (props?.length) {
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (props.includes(candidate)) return candidate;
    }
  }
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1])) parts.pop();
  return parts.join('.');
}

/**
 * The text to show for an error that is not about one field, in the UI language: a problem's own
 * translation (by its type slug, with its members), else the server's detail or title.
 */
export function problemMessage(error: unknown): string {
  if (error instanceof ProblemError) return problemText(error.problem);
  if (error instanceof TypeError) return t('common.networkError');
  return t('common.unexpectedError');
}

/** Show any error as a message. */
export function showError(error: unknown): void {
  ElMessage.error(problemMessage(error));
}

export interface ProblemFormOptions {
  /**
   * The form items' labels by prop: a field error shown as a message (not on its item) is named by
   * its label, else by its API field path. On the item itself the text stands alone.
   */
  labels?: Record<string, string> | ((prop: string) => string | undefined);
}

/**
 * Map problem `errors[].field` onto Element Plus form items. Bind `:error="errors.<prop>"` on each
 * `el-form-item`; anything that does not belong to a known prop is shown as a message. Texts are
 * translated by `errors[].code` (`fieldErrors.<code>`), else the server's message.
 */
export function useProblemForm(props?: readonly string[] | (() => readonly string[]), options: ProblemFormOptions = {}) {
  const errors = reactive<Record<string, string>>({});

  function labelOf(prop: string): string | undefined {
    const { labels } = options;
    return typeof labels === 'function' ? labels(prop) : labels?.[prop];
  }

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key];
  }

  /** Apply an error; returns true when at least one field error was shown on the form. */
  async function handle(error: unknown): Promise<boolean> {
    clear();
    if (!(error instanceof ProblemError)) {
      showError(error);
      return false;
    }
    await nextTick();
    const known = typeof props === 'function' ? props() : props;
    const unmatched: FieldError[] = [];
    let mapped = 0;
    for (const fieldError of error.problem.errors ?? []) {
      const prop = fieldToProp(fieldError.field, known);
      if (known && !known.includes(prop)) {
        unmatched.push(fieldError);
        continue;
      }
      const message = fieldErrorMessage(fieldError, { problem: error.problem });
      errors[prop] = errors[prop] ? `${errors[prop]}${t('common.listSeparator')}${message}` : message;
      mapped++;
    }
    if (mapped === 0) showError(error);
    else if (unmatched.length) {
      const texts = unmatched.map((e) =>
        fieldErrorMessage(e, { problem: error.problem, label: labelOf(fieldToProp(e.field, known)) ?? e.field }),
      );
      ElMessage.error(texts.join(t('common.listSeparator')));
    }
    return mapped > 0;
  }

  return { errors, clear, handle };
}
