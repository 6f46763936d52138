import { i18n, t, te } from '../i18n';
import { formatDate, formatDateTime, formatMoney } from '../utils/format';
import { problemSlug } from './http';
import type { FieldError, Problem } from './types';

/**
 * The user-facing texts of API problems (RFC 9457), in the UI language.
 *
 * The server writes `title`, `detail` and `errors[].message` in English only; the SPA chooses its own
 * text by the problem type's slug (`…/problems/<slug>` → `problems.<slug>`, or the richer
 * `problemDetails.<slug>` when every extension member it interpolates was sent) and by the field
 * error's `code` (`fieldErrors.<code>`). Without a translation, or when a member a text needs is
 * missing, the server's own text is shown: never an empty message.
 */

type Params = Record<string, string | number>;

/** The raw (uncompiled) message at `key` in the current language, when it is a string. */
function rawMessage(key: string): string | undefined {
  let node: unknown = i18n.global.getLocaleMessage(i18n.global.locale.value);
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `t(key, params)` when the key exists and every `{name}` it interpolates has a value, else null. */
function translate(key: string, params: Params): string | null {
  if (!te(key)) return null;
  const raw = rawMessage(key);
  if (raw !== undefined) {
    for (const [, name] of raw.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)) {
      const value = params[name];
      if (value === undefined || value === '') return null;
    }
  }
  const text = t(key, params);
  return text && text !== key ? text : null;
}

/** The label of an enum value (`customer.status.POOL` → 公海), or the value itself. */
function labelOf(prefix: string, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return te(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value;
}

/** Where a problem's `currentStatus` is labelled, by its type (the customer's status otherwise). */
const STATUS_LABELS: Record<string, string> = {
  'churn-alert-closed': 'churn.statuses',
  'receivable-contract-not-open': 'contract.status',
  'payment-state-conflict': 'receivable.paymentStatus',
  'payment-already-reversed': 'receivable.paymentStatus',
};

/** The extension members of a problem, ready to interpolate (dates and enum values in the UI language). */
function problemParams(problem: Problem, slug: string): Params {
  const params: Params = {};
  const set = (name: string, value: string | number | null | undefined) => {
    if (value !== undefined && value !== null && value !== '') params[name] = value;
  };
  if (problem.existing) {
    set('name', problem.existing.name);
    set('status', labelOf('customer.status', problem.existing.status));
    set('ownerName', problem.existing.ownerName);
  }
  set('currentStatus', labelOf(STATUS_LABELS[slug] ?? 'customer.status', problem.currentStatus));
  set('currentStage', labelOf('customer.stage', problem.currentStage));
  set('action', problem.action);
  // null: the customer had no protection (the plain `problems.protection-expired` text applies).
  if (problem.protectionUntil) set('protectionUntil', formatDate(problem.protectionUntil));
  if (problem.claimableAt) set('claimableAt', formatDateTime(problem.claimableAt));
  if (problem.lockedUntil) set('lockedUntil', formatDateTime(problem.lockedUntil));
  set('extensionsUsed', problem.extensionsUsed);
  set('maxExtensions', problem.maxExtensions);
  set('ownedProtected', problem.ownedProtected);
  set('maxOwnedCustomers', problem.maxOwnedCustomers);
  set('claimsToday', problem.claimsToday);
  set('maxDailyClaims', problem.maxDailyClaims);
  set('permission', problem.permission);
  set('teamAccess', labelOf('customer.team', problem.teamAccess));
  set('currentVersion', problem.currentVersion);
  set('currentStep', problem.currentStep);
  set('approvalStatus', labelOf('approval.statuses', problem.approvalStatus));
  set('requestId', problem.requestId);
  return params;
}

/** The `problemDetails` keys to try for a problem, most specific first. */
function detailKeys(slug: string, problem: Problem): string[] {
  switch (slug) {
    case 'forbidden':
      // teamAccess present (even null): a write refused on a customer seen through its team.
      if (problem.teamAccess !== undefined) return [`problemDetails.forbidden.${problem.teamAccess ? 'teamReadOnly' : 'notOnTeam'}`];
      return ['problemDetails.forbidden.permission'];
    case 'duplicate-customer':
      if (!problem.existing) return [];
      return [`problemDetails.duplicate-customer.${problem.existing.ownerName ? 'owned' : 'inPool'}`];
    default:
      return [`problemDetails.${slug}`];
  }
}

/** The translated text of a problem type, or null when there is none. */
function translatedProblem(problem: Problem): string | null {
  const slug = problemSlug(problem);
  if (!slug) return null;
  const params = problemParams(problem, slug);
  for (const key of [...detailKeys(slug, problem), `problems.${slug}`]) {
    const text = translate(key, params);
    if (text) return text;
  }
  return null;
}

/** Whether the SPA has its own text for this problem's type. */
export function hasProblemText(problem: Problem): boolean {
  return translatedProblem(problem) !== null;
}

/** Values a field error's text interpolates, read from the problem's members and the server's message. */
function fieldParams(error: FieldError, problem?: Problem): Params {
  const message = error.message ?? '';
  const params: Params = {};
  const numbers = message.match(/-?\d+(?:\.\d+)?/g);
  if (numbers) params.n = numbers[numbers.length - 1];
  const values = /following values: (.+)$/.exec(message);
  if (values) params.values = values[1];
  const quoted = /"([^"]*)"/.exec(message);
  if (quoted?.[1]) {
    params.item = quoted[1];
    params.name = quoted[1];
  }
  switch (error.code) {
    case 'duplicate': {
      const name = problem?.existing?.name ?? /already used by (.+)$/.exec(message)?.[1];
      if (name) params.name = name;
      break;
    }
    case 'isPermission': {
      const permission = /permission (\S+)$/.exec(message)?.[1];
      if (permission) params.permission = permission;
      break;
    }
    case 'sum': {
      // "add up to 100.00, 5.00 more than the contract amount 95.00" (receivable plans)
      const figures = /add up to (\S+), (\S+) (more|less) than the contract amount (\S+)$/.exec(message);
      if (figures) {
        params.sum = formatMoney(figures[1]);
        params.difference = `${figures[3] === 'more' ? '+' : '-'}${formatMoney(figures[2])}`;
        params.amount = formatMoney(figures[4]);
      }
      break;
    }
    case 'ruleOrder': {
      const order = /than (\S+) \((.*)\)\s*$/.exec(message);
      if (order) {
        params.other = order[1];
        params.otherValue = order[2];
      }
      break;
    }
  }
  return params;
}

/**
 * The text of one field error: `fieldErrors.<code>` in the UI language, else the server's message.
 * With a `label` (the form item's), the text names the field: `用户名：已被占用`.
 */
export function fieldErrorMessage(error: FieldError, options: { label?: string; problem?: Problem } = {}): string {
  const translated = error.code ? translate(`fieldErrors.${error.code}`, fieldParams(error, options.problem)) : null;
  const message = translated || error.message || options.problem?.title || t('common.unexpectedError');
  return options.label ? t('common.fieldMessage', { field: options.label, message }) : message;
}

/**
 * The text of a problem: translated by its type slug (with its members), else the server's detail or
 * title. A `validation-error` lists its field errors instead, each named by its API field path.
 */
export function problemText(problem: Problem): string {
  const translated = translatedProblem(problem);
  if (!translated) return problem.detail || problem.title || t('common.unexpectedError');
  if (problemSlug(problem) === 'validation-error' && problem.errors?.length) {
    const list = problem.errors.map((e) => fieldErrorMessage(e, { label: e.field, problem })).join(t('common.listSeparator'));
    return t('common.invalidFields', { list });
  }
  return translated;
}
