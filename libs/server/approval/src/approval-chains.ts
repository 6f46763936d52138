/**
 * What needs approving and by whom by default (DOMAIN §3, §6, §8). Administrators edit the
 * chains (PUT /approval-chains/{subjectType}); these defaults are seeded once and never
 * overwrite an edit.
 */

export type ApproverKind = 'ROLE' | 'DEPARTMENT_MANAGER';

export type ApprovalChainStep = { kind: 'ROLE'; roleCode: string } | { kind: 'DEPARTMENT_MANAGER' };

/** Subject types of the shipped chains; a domain submits requests with one of these. */
export enum ApprovalSubjectType {
  /** A new protection: reviewer checks completeness and duplicates (§3). */
  CustomerProtection = 'customer.protection',
  /** POTENTIAL → INTENT (§3). */
  CustomerIntent = 'customer.intent',
  /** More protection days 时间加权 (§3). */
  CustomerExtension = 'customer.extension',
  /** A contract or an amendment of one; the contract domain skips finance and executive below the thresholds (§6). */
  Contract = 'contract',
  /** The order review 订单评审 of a custom order before it is signed (§6). */
  ContractOrderReview = 'contract.order-review',
  /** Discount or settlement-term change 折扣/结算变更 (§6). */
  CustomerTermsChange = 'customer.terms-change',
  /** A quote discounted below `quoteMinDiscountWithoutApproval`, before it is sent (§4). */
  QuoteDiscount = 'quote.discount',
  /** Return or exchange after diagnosis (§8). */
  ServiceReturnExchange = 'service.return-exchange',
}

export interface ApprovalChainDefault {
  subjectType: string;
  name: string;
  steps: ApprovalChainStep[];
}

export const DEFAULT_APPROVAL_CHAINS: readonly ApprovalChainDefault[] = [
  { subjectType: ApprovalSubjectType.CustomerProtection, name: '客户保护审核', steps: [{ kind: 'ROLE', roleCode: 'reviewer' }] },
  { subjectType: ApprovalSubjectType.CustomerIntent, name: '意向客户转化审批', steps: [{ kind: 'DEPARTMENT_MANAGER' }] },
  { subjectType: ApprovalSubjectType.CustomerExtension, name: '保护延期审批', steps: [{ kind: 'DEPARTMENT_MANAGER' }] },
  {
    subjectType: ApprovalSubjectType.Contract,
    name: '合同审批',
    steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'finance' }, { kind: 'ROLE', roleCode: 'executive' }],
  },
  // Production and technical reviewers are each company's own roles: the administrator puts them here.
  { subjectType: ApprovalSubjectType.ContractOrderReview, name: '订单评审', steps: [{ kind: 'ROLE', roleCode: 'executive' }] },
  {
    subjectType: ApprovalSubjectType.CustomerTermsChange,
    name: '折扣/结算方式变更审批',
    steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'finance' }],
  },
  { subjectType: ApprovalSubjectType.ServiceReturnExchange, name: '退换货审批', steps: [{ kind: 'DEPARTMENT_MANAGER' }] },
  { subjectType: ApprovalSubjectType.QuoteDiscount, name: '报价折扣审批', steps: [{ kind: 'DEPARTMENT_MANAGER' }] },
];

/** Role whose members approve a step that finds no other approver (no department manager up the tree). */
export const FALLBACK_APPROVER_ROLE = 'admin';
