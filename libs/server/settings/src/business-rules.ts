/**
 * THE catalogue of configurable business rules (DOMAIN §3, §6, §7, §8, §10, §11, §12, §13):
 * every number, threshold and switch an administrator may change without a restart. A domain
 * that needs a new setting adds it here, with a safe default, bounds and a description in both
 * languages; `RulesService.get(key)` is then typed by this table.
 */

export type RuleType = 'integer' | 'decimal' | 'boolean' | 'string';

export type RuleGroup = 'customer' | 'churn' | 'contract' | 'receivable' | 'service' | 'report' | 'marketing' | 'general';

export interface RuleDefinition {
  group: RuleGroup;
  type: RuleType;
  /** integer → number; decimal → string with `scale` places ("500000.00"); boolean; string. */
  default: number | string | boolean;
  /** Bounds for integer and decimal rules (inclusive). */
  min?: number;
  max?: number;
  /** Decimal places of a decimal rule (default 2). */
  scale?: number;
  /** A string rule's allowed shape. */
  pattern?: RegExp;
  /** A string rule that must name an IANA time zone. */
  format?: 'timeZone';
  unit?: 'days' | 'workingDays' | 'megabytes' | 'months' | 'hours' | 'minutes' | 'count' | 'percent' | 'CNY' | 'score' | 'perHour';
  description: { en: string; zh: string };
}

export const BUSINESS_RULES = {
  // ── §3 Protection and the public pool ──────────────────────────────────────────────
  potentialDays: {
    group: 'customer', type: 'integer', default: 30, min: 1, max: 365, unit: 'days',
    description: { en: 'Days a POTENTIAL customer stays protected before it falls into the public pool', zh: '潜在客户保护天数，到期未转化自动进入公海' },
  },
  intentDays: {
    group: 'customer', type: 'integer', default: 15, min: 1, max: 365, unit: 'days',
    description: { en: 'Days an INTENT customer stays protected without a signed contract', zh: '意向客户保护天数，到期未签约自动进入公海' },
  },
  remindDaysBeforeExpiry: {
    group: 'customer', type: 'integer', default: 3, min: 0, max: 60, unit: 'days',
    description: { en: 'Days before a protection expires that the owner is reminded', zh: '保护到期前提前提醒的天数' },
  },
  reviewTimeoutWorkingDays: {
    group: 'customer', type: 'integer', default: 3, min: 1, max: 60, unit: 'workingDays',
    description: {
      en: 'Working days a new protection may await the reviewer; after that it is rejected automatically (and released like any rejection)',
      zh: '新客户保护等待审核的最长工作日数，超时自动驳回（随后按驳回规则释放）',
    },
  },
  rejectReleaseWorkingDays: {
    group: 'customer', type: 'integer', default: 3, min: 0, max: 60, unit: 'workingDays',
    description: { en: 'Working days after a rejected protection before the customer goes to the public pool', zh: '保护申请被驳回后转入公海的工作日数' },
  },
  maxExtensions: {
    group: 'customer', type: 'integer', default: 2, min: 0, max: 20, unit: 'count',
    description: { en: 'How many times one protection may be extended', zh: '每次保护最多可申请延期（时间加权）的次数' },
  },
  extensionMaxDays: {
    group: 'customer', type: 'integer', default: 15, min: 1, max: 180, unit: 'days',
    description: { en: 'Most days one extension request may add', zh: '单次延期申请最多可增加的天数' },
  },
  reclaimCooldownDays: {
    group: 'customer', type: 'integer', default: 3, min: 0, max: 365, unit: 'days',
    description: { en: 'Days a rep who abandoned a customer must wait before protecting it again', zh: '放弃客户后本人再次保护该客户需等待的天数' },
  },
  maxOwnedCustomers: {
    group: 'customer', type: 'integer', default: 200, min: 1, max: 10_000_000, unit: 'count',
    description: {
      en: 'Most protected (POTENTIAL or INTENT) customers one user may own: checked on entry, claim, import and transfer',
      zh: '每人最多可拥有的受保护客户数（录入、领取、导入、转移时检查）',
    },
  },
  maxDailyClaims: {
    group: 'customer', type: 'integer', default: 20, min: 1, max: 10000, unit: 'count',
    description: { en: 'Most customers one rep may claim from the public pool per day', zh: '每人每天最多可从公海领取的客户数' },
  },
  claimNeedsReview: {
    group: 'customer', type: 'boolean', default: false,
    description: { en: 'Whether a customer claimed from the pool needs a reviewer to approve its protection', zh: '从公海领取的客户是否需要审核后才生效保护' },
  },
  customerCodePrefix: {
    group: 'customer', type: 'string', default: 'KH', pattern: /^[A-Z0-9-]{0,10}$/,
    description: { en: 'Prefix of generated customer codes (uppercase letters, digits, dash; at most 10)', zh: '自动生成的客户编号前缀（大写字母、数字、短横线，最多 10 位）' },
  },
  followUpRequiresNextContact: {
    group: 'customer', type: 'boolean', default: true,
    description: { en: 'Whether every follow-up must give the next contact time', zh: '填写客户跟踪时是否必须填写下次联系时间' },
  },
  careRemindDaysBefore: {
    group: 'customer', type: 'integer', default: 3, min: 0, max: 30, unit: 'days',
    description: { en: "Days before a contact's birthday or a configured holiday that the owner is reminded", zh: '联系人生日及节日关怀提前提醒的天数' },
  },
  // ── §10 Churn ──────────────────────────────────────────────────────────────────────
  churnMonths: {
    group: 'churn', type: 'integer', default: 6, min: 1, max: 60, unit: 'months',
    description: { en: 'Months without a new contract after which a FORMAL customer raises a churn alert', zh: '正式客户连续多少个月无新合同/订单即产生流失预警' },
  },
  // ── §6 Contracts ───────────────────────────────────────────────────────────────────
  contractApprovalAmountThreshold: {
    group: 'contract', type: 'decimal', default: '500000.00', min: 0, max: 1e15, scale: 2, unit: 'CNY',
    description: { en: 'Contracts at or above this total also need finance / executive approval', zh: '合同金额达到该值时须追加财务/高管审批' },
  },
  contractApprovalDiscountThreshold: {
    group: 'contract', type: 'decimal', default: '85.00', min: 0, max: 100, scale: 2, unit: 'percent',
    description: {
      en: 'Contracts with a line priced below this percentage of list price also need finance / executive approval',
      zh: '合同任一明细成交价低于标价的该百分比（折扣低于该值）时须追加财务/高管审批',
    },
  },
  quoteMinDiscountWithoutApproval: {
    group: 'contract', type: 'decimal', default: '85.00', min: 0, max: 100, scale: 2, unit: 'percent',
    description: {
      en: 'A quote with a line offered below this percentage of its list price (after line and header discounts) needs approval before it is sent',
      zh: '报价单任一明细（含行折扣与整单折扣）低于标价的该百分比时，发送前须审批',
    },
  },
  contractNumberPrefix: {
    group: 'contract', type: 'string', default: 'HT', pattern: /^[A-Z0-9-]{0,10}$/,
    description: { en: 'Prefix of generated and reserved contract numbers', zh: '自动生成及预领合同编号的前缀' },
  },
  contractNumberPattern: {
    // {prefix} is contractNumberPrefix; dates are the business time zone's; {seq:N} pads the month's sequence to N digits.
    group: 'contract', type: 'string', default: '{prefix}{yyyy}{MM}-{seq:4}',
    pattern: /^(?=.*\{seq(?::[1-9])?\})(?:[A-Za-z0-9_\-/]|\{(?:prefix|yyyy|yy|MM)\}|\{seq(?::[1-9])?\}){1,40}$/,
    description: {
      en: 'Pattern of contract numbers: {prefix}, {yyyy}, {yy}, {MM} (business time zone) and {seq:N}, the sequence within the month padded to N digits; e.g. HT202612-0001',
      zh: '合同编号格式：{prefix} 前缀、{yyyy}/{yy} 年、{MM} 月（业务时区）、{seq:N} 当月流水号（补足 N 位），如 HT202612-0001',
    },
  },
  contractNumberReservationDays: {
    group: 'contract', type: 'integer', default: 30, min: 1, max: 365, unit: 'days',
    description: { en: 'Days a reserved (预领) contract number stays the rep’s; unused after that it is voided, never reused', zh: '预领合同编号的有效天数，逾期未使用即作废（作废编号不再复用）' },
  },
  contractSigningMaxDaysAhead: {
    group: 'contract', type: 'integer', default: 0, min: 0, max: 365, unit: 'days',
    description: { en: 'How many days after today a contract’s signing date may lie (0: not in the future)', zh: '合同签约日期最多可晚于今天的天数（0 表示不得晚于今天）' },
  },
  contractEndingRemindDays: {
    group: 'contract', type: 'integer', default: 30, min: 0, max: 365, unit: 'days',
    description: { en: 'Days before an active contract ends that its owner is reminded', zh: '执行中合同到期前提前提醒负责人的天数' },
  },
  contractNumberExpiringRemindDays: {
    group: 'contract', type: 'integer', default: 3, min: 0, max: 365, unit: 'days',
    description: { en: 'Days before a reserved (预领) contract number lapses that its holder is reminded', zh: '预领合同编号失效前提前提醒的天数' },
  },
  // ── §7 Receivables ─────────────────────────────────────────────────────────────────
  receivableRemindDaysBeforeDue: {
    group: 'receivable', type: 'integer', default: 3, min: 0, max: 60, unit: 'days',
    description: { en: 'Days before an instalment is due that owner and finance are reminded', zh: '回款计划到期前提前提醒的天数' },
  },
  overdueAgingBucket1Days: {
    group: 'receivable', type: 'integer', default: 30, min: 1, max: 3650, unit: 'days',
    description: { en: 'Upper bound of the first overdue aging bucket (0–30 days)', zh: '逾期账龄第一档上限（0–30 天）' },
  },
  overdueAgingBucket2Days: {
    group: 'receivable', type: 'integer', default: 60, min: 1, max: 3650, unit: 'days',
    description: { en: 'Upper bound of the second overdue aging bucket (31–60 days)', zh: '逾期账龄第二档上限（31–60 天）' },
  },
  overdueAgingBucket3Days: {
    group: 'receivable', type: 'integer', default: 90, min: 1, max: 3650, unit: 'days',
    description: { en: 'Upper bound of the third overdue aging bucket (61–90 days); older is the last bucket', zh: '逾期账龄第三档上限（61–90 天），超过即为最后一档' },
  },
  // ── §8 Service ─────────────────────────────────────────────────────────────────────
  hotlineResponseMinutes: {
    group: 'service', type: 'integer', default: 15, min: 1, max: 1440, unit: 'minutes',
    description: { en: 'Minutes within which a hotline request must reach an engineer', zh: '热线服务单须在多少分钟内派到工程师' },
  },
  slaHoursConsultation: {
    group: 'service', type: 'integer', default: 24, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a consultation request', zh: '咨询类服务单的处理时限' },
  },
  slaHoursSuggestion: {
    group: 'service', type: 'integer', default: 72, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a suggestion', zh: '建议类服务单的处理时限' },
  },
  slaHoursComplaint: {
    group: 'service', type: 'integer', default: 24, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a complaint-type service request', zh: '投诉类服务单的处理时限' },
  },
  slaHoursOnSite: {
    group: 'service', type: 'integer', default: 48, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of an on-site repair', zh: '上门服务的处理时限' },
  },
  slaHoursSendIn: {
    group: 'service', type: 'integer', default: 120, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a send-in repair', zh: '送修的处理时限' },
  },
  slaHoursMailIn: {
    group: 'service', type: 'integer', default: 168, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a mail-in repair', zh: '寄修的处理时限' },
  },
  slaHoursReturnExchange: {
    group: 'service', type: 'integer', default: 168, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a return or exchange', zh: '退换货的处理时限' },
  },
  slaHoursPaidService: {
    group: 'service', type: 'integer', default: 72, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of a paid service', zh: '有偿服务的处理时限' },
  },
  slaHoursDefault: {
    group: 'service', type: 'integer', default: 72, min: 1, max: 8760, unit: 'hours',
    description: { en: 'Resolution deadline of service types added to the dictionary that have no rule of their own', zh: '字典中新增、未单独配置时限的服务类型的处理时限' },
  },
  serviceDeadlineWarnHours: {
    group: 'service', type: 'integer', default: 4, min: 0, max: 720, unit: 'hours',
    description: { en: "Hours before a request's deadline that it shows as near deadline on the home page", zh: '服务单距处理时限多少小时内在首页提醒' },
  },
  satisfactionReworkThreshold: {
    group: 'service', type: 'integer', default: 3, min: 1, max: 5, unit: 'score',
    description: { en: 'Lowest satisfaction (1–5) that archives a request; below it goes back for rework', zh: '满意度达到该分值（1–5）即归档，低于则退回重新处理' },
  },
  // ── §11 Reports: ABC grading ───────────────────────────────────────────────────────
  gradeLookbackMonths: {
    group: 'report', type: 'integer', default: 12, min: 1, max: 60, unit: 'months',
    description: { en: 'Months of sales the suggested A–E grade is computed from', zh: '客户分级（A–E）依据的销售统计月数' },
  },
  gradeACumulativePercent: {
    group: 'report', type: 'decimal', default: '50.00', min: 0, max: 100, scale: 2, unit: 'percent',
    description: { en: 'Customers making up the top share of sales up to this cumulative percentage are grade A', zh: '按销售额降序累计占比不超过该值的客户为 A 级' },
  },
  gradeBCumulativePercent: {
    group: 'report', type: 'decimal', default: '75.00', min: 0, max: 100, scale: 2, unit: 'percent',
    description: { en: 'Upper cumulative sales share of grade B', zh: 'B 级客户的累计销售额占比上限' },
  },
  gradeCCumulativePercent: {
    group: 'report', type: 'decimal', default: '90.00', min: 0, max: 100, scale: 2, unit: 'percent',
    description: { en: 'Upper cumulative sales share of grade C', zh: 'C 级客户的累计销售额占比上限' },
  },
  gradeDCumulativePercent: {
    group: 'report', type: 'decimal', default: '97.00', min: 0, max: 100, scale: 2, unit: 'percent',
    description: { en: 'Upper cumulative sales share of grade D; the rest (and customers without sales) are grade E', zh: 'D 级客户的累计销售额占比上限，其余（含无销售）为 E 级' },
  },
  // ── §12 Marketing ──────────────────────────────────────────────────────────────────
  leadFormRateLimitPerHour: {
    group: 'marketing', type: 'integer', default: 20, min: 1, max: 10000, unit: 'perHour',
    description: { en: 'Submissions of the public lead form accepted per address per hour', zh: '公开线索表单每个来源地址每小时允许提交的次数' },
  },
  taskRemindMinutesBefore: {
    group: 'marketing', type: 'integer', default: 30, min: 0, max: 10080, unit: 'minutes',
    description: { en: 'Minutes before a task or appointment that its owner is reminded', zh: '任务/日程开始前提前提醒的分钟数' },
  },
  // ── General ────────────────────────────────────────────────────────────────────────
  fileMaxUploadMb: {
    group: 'general', type: 'integer', default: 20, min: 1, max: 100, unit: 'megabytes',
    description: { en: 'Largest file accepted as an attachment or document', zh: '附件与文档上传的最大文件大小' },
  },
  businessTimeZone: {
    group: 'general', type: 'string', default: 'Asia/Shanghai', format: 'timeZone',
    description: { en: 'Time zone in which days, working days and deadlines are counted', zh: '计算日期、工作日与时限所用的时区' },
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleKey = keyof typeof BUSINESS_RULES;

interface RuleTypeMap {
  integer: number;
  decimal: string;
  boolean: boolean;
  string: string;
}

/** The TypeScript type of a rule's value: `RuleValue<'potentialDays'>` is `number`. */
export type RuleValue<K extends RuleKey> = RuleTypeMap[(typeof BUSINESS_RULES)[K]['type']];

export const RULE_KEYS = Object.keys(BUSINESS_RULES) as RuleKey[];

export function isRuleKey(key: string): key is RuleKey {
  return Object.prototype.hasOwnProperty.call(BUSINESS_RULES, key);
}

export function ruleDefinition(key: RuleKey): RuleDefinition {
  return BUSINESS_RULES[key];
}

/**
 * Pairs of rules that must stay ordered (lower < upper), checked when either is changed.
 */
export const RULE_ORDER: ReadonlyArray<readonly [RuleKey, RuleKey]> = [
  ['overdueAgingBucket1Days', 'overdueAgingBucket2Days'],
  ['overdueAgingBucket2Days', 'overdueAgingBucket3Days'],
  ['gradeACumulativePercent', 'gradeBCumulativePercent'],
  ['gradeBCumulativePercent', 'gradeCCumulativePercent'],
  ['gradeCCumulativePercent', 'gradeDCumulativePercent'],
];

/** The resolution-deadline rule of each service type of the `service-type` dictionary (DOMAIN §8). */
export const SLA_RULE_BY_SERVICE_TYPE = {
  consultation: 'slaHoursConsultation',
  suggestion: 'slaHoursSuggestion',
  complaint: 'slaHoursComplaint',
  on_site: 'slaHoursOnSite',
  send_in: 'slaHoursSendIn',
  mail_in: 'slaHoursMailIn',
  return_exchange: 'slaHoursReturnExchange',
  paid_service: 'slaHoursPaidService',
} as const satisfies Record<string, RuleKey>;
