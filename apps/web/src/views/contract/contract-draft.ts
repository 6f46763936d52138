import Decimal from 'decimal.js';
import type { components, Contract, ContractLine, CreateContractBody, Customer, SaveContractBody } from '../../api/types';

type Product = components['schemas']['ProductDto'];
type QuoteLine = components['schemas']['QuoteLineDto'];

/**
 * The contract wizard's model and what it sends: pure functions (no I/O), unit-tested. The server
 * prices every line again from the catalogue and computes the totals; the draft only says which
 * product, how many, at what price and discount.
 */

/** A line as the editor holds it: the product's facts for display, the three figures the user sets. */
export interface ContractLineDraft {
  /** Stable row key for the table (not sent). */
  key: string;
  productId: string;
  productCode: string;
  productName: string;
  unit: string;
  listPrice: string;
  taxRate: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
}

export interface BuyerDraft {
  name: string;
  taxNumber: string;
  bank: string;
  bankAccount: string;
  address: string;
  phone: string;
}

export type NumberMode = 'generated' | 'reserved';

export interface ContractDraft {
  numberMode: NumberMode;
  number: string;
  type: string;
  title: string;
  customOrder: boolean;
  signingDate: string | null;
  startDate: string | null;
  endDate: string | null;
  customerId: string;
  customerName: string;
  customerStatus: string | null;
  opportunityId: string | null;
  quoteId: string | null;
  buyer: BuyerDraft;
  ourSignerId: string | null;
  customerSigner: string;
  paymentMethod: string;
  paymentTerms: string;
  headerDiscountPercent: string;
  lines: ContractLineDraft[];
  additionalTerms: string;
}

export function emptyBuyer(): BuyerDraft {
  return { name: '', taxNumber: '', bank: '', bankAccount: '', address: '', phone: '' };
}

export function emptyDraft(): ContractDraft {
  return {
    numberMode: 'generated',
    number: '',
    type: '',
    title: '',
    customOrder: false,
    signingDate: null,
    startDate: null,
    endDate: null,
    customerId: '',
    customerName: '',
    customerStatus: null,
    opportunityId: null,
    quoteId: null,
    buyer: emptyBuyer(),
    ourSignerId: null,
    customerSigner: '',
    paymentMethod: '',
    paymentTerms: '',
    headerDiscountPercent: '0',
    lines: [],
    additionalTerms: '',
  };
}

/** 买方信息 as the customer's profile has it (the user corrects it for the contract). */
export function buyerFromCustomer(customer: Pick<Customer, 'name' | 'taxNumber' | 'bank' | 'bankAccount' | 'address' | 'phone'>): BuyerDraft {
  return {
    name: customer.name,
    taxNumber: customer.taxNumber ?? '',
    bank: customer.bank ?? '',
    bankAccount: customer.bankAccount ?? '',
    address: customer.address ?? '',
    phone: customer.phone ?? '',
  };
}

/** A new line for a catalogue product: one unit at the list price, no discount. */
export function lineFromProduct(product: Pick<Product, 'id' | 'code' | 'name' | 'unit' | 'listPrice' | 'taxRate'>, key: string): ContractLineDraft {
  return {
    key,
    productId: product.id,
    productCode: product.code,
    productName: product.name,
    unit: product.unit,
    listPrice: product.listPrice,
    taxRate: product.taxRate,
    quantity: '1',
    unitPrice: product.listPrice,
    discountPercent: '0',
  };
}

/** A quote's or contract's line as the editor holds it (quantity without trailing zeros: "2.000" → "2"). */
export function lineFromPriced(line: QuoteLine | ContractLine, key = `line-${line.lineNo}`): ContractLineDraft {
  return {
    key,
    productId: line.productId,
    productCode: line.productCode,
    productName: line.productName,
    unit: line.unit,
    listPrice: line.listPrice,
    taxRate: line.taxRate,
    quantity: new Decimal(line.quantity).toString(),
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent,
  };
}

/** The draft of a contract being edited again (a DRAFT). */
export function draftFromContract(contract: Contract): ContractDraft {
  return {
    numberMode: 'reserved',
    number: contract.number,
    type: contract.type,
    title: contract.title,
    customOrder: contract.customOrder,
    signingDate: contract.signingDate,
    startDate: contract.startDate,
    endDate: contract.endDate,
    customerId: contract.customerId,
    customerName: contract.customerName,
    customerStatus: null,
    opportunityId: contract.opportunityId,
    quoteId: contract.quoteId,
    buyer: {
      name: contract.buyer.name,
      taxNumber: contract.buyer.taxNumber ?? '',
      bank: contract.buyer.bank ?? '',
      bankAccount: contract.buyer.bankAccount ?? '',
      address: contract.buyer.address ?? '',
      phone: contract.buyer.phone ?? '',
    },
    ourSignerId: contract.ourSignerId,
    customerSigner: contract.customerSigner ?? '',
    paymentMethod: contract.paymentMethod ?? '',
    paymentTerms: contract.paymentTerms ?? '',
    headerDiscountPercent: contract.headerDiscountPercent,
    lines: contract.lines.map((l) => lineFromPriced(l)),
    additionalTerms: contract.additionalTerms ?? '',
  };
}

const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** What every save sends (the whole draft). */
export function toSaveBody(draft: ContractDraft): SaveContractBody {
  return {
    type: draft.type,
    title: draft.title.trim(),
    customOrder: draft.customOrder,
    signingDate: draft.signingDate || null,
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
    ourSignerId: draft.ourSignerId || null,
    customerSigner: blank(draft.customerSigner),
    paymentMethod: blank(draft.paymentMethod),
    paymentTerms: blank(draft.paymentTerms),
    buyer: {
      name: draft.buyer.name.trim() || undefined,
      taxNumber: blank(draft.buyer.taxNumber),
      bank: blank(draft.buyer.bank),
      bankAccount: blank(draft.buyer.bankAccount),
      address: blank(draft.buyer.address),
      phone: blank(draft.buyer.phone),
    },
    headerDiscountPercent: draft.headerDiscountPercent.trim() || '0',
    lines: toLineInputs(draft.lines),
    additionalTerms: blank(draft.additionalTerms),
  };
}

/** A new contract: the draft, the reserved number (or none: the server issues one) and what it came from. */
export function toCreateBody(draft: ContractDraft): CreateContractBody {
  return {
    ...toSaveBody(draft),
    number: draft.numberMode === 'reserved' && draft.number ? draft.number : undefined,
    customerId: draft.customerId || undefined,
    opportunityId: draft.opportunityId || undefined,
    quoteId: draft.quoteId || undefined,
  };
}

export function toLineInputs(lines: readonly ContractLineDraft[]): SaveContractBody['lines'] {
  return lines.map((l) => ({ productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice, discountPercent: l.discountPercent }));
}

/** The wizard's steps, in the seed's order (004: 合同编号 → 合同类型 → 买方信息 → 产品信息 → 付款方式 → 附加及其他 → 确认合同). */
export const WIZARD_STEPS = ['number', 'type', 'buyer', 'products', 'payment', 'terms', 'attachments', 'confirm'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

const FIELD_STEP: Record<string, WizardStep> = {
  number: 'number',
  type: 'type',
  title: 'type',
  customOrder: 'type',
  signingDate: 'type',
  startDate: 'type',
  endDate: 'type',
  ourSignerId: 'type',
  customerId: 'buyer',
  opportunityId: 'buyer',
  quoteId: 'buyer',
  buyer: 'buyer',
  customerSigner: 'buyer',
  lines: 'products',
  headerDiscountPercent: 'products',
  paymentMethod: 'payment',
  paymentTerms: 'payment',
  additionalTerms: 'terms',
};

/** The step whose form holds an API field (`lines[2].quantity` → products, `buyer.name` → buyer); unknown: confirm. */
export function stepOfField(field: string): WizardStep {
  const root = field.replace(/^body\./, '').split(/[.[]/)[0];
  return FIELD_STEP[root] ?? 'confirm';
}

/** What must be filled before leaving a step (the server checks everything again). */
export function missingOnStep(step: WizardStep, draft: ContractDraft): string[] {
  switch (step) {
    case 'number':
      return draft.numberMode === 'reserved' && !draft.number ? ['number'] : [];
    case 'type': {
      const missing = [!draft.type && 'type', !draft.title.trim() && 'title'].filter(Boolean) as string[];
      if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) missing.push('endDate');
      return missing;
    }
    case 'buyer':
      return [!draft.customerId && 'customerId', !draft.buyer.name.trim() && 'buyer.name'].filter(Boolean) as string[];
    case 'products':
      return draft.lines.length === 0 ? ['lines'] : [];
    default:
      return [];
  }
}

/** Customer statuses that may sign (seed 004: 凡是意向客户或正式客户都可以直接签订合同). */
export const SIGNABLE_CUSTOMER_STATUSES: readonly string[] = ['INTENT', 'FORMAL'];

// ── versions ─────────────────────────────────────────────────────────────────────────────────

export interface LineChange {
  kind: 'added' | 'removed' | 'changed';
  productCode: string;
  productName: string;
  before: Pick<ContractLine, 'quantity' | 'unitPrice' | 'discountPercent' | 'amount'> | null;
  after: Pick<ContractLine, 'quantity' | 'unitPrice' | 'discountPercent' | 'amount'> | null;
  /** after.amount − before.amount (a removed line: −before). */
  amountDelta: string;
}

export interface RevisionDiff {
  lines: LineChange[];
  totalBefore: string;
  totalAfter: string;
  totalDelta: string;
}

const same = (a: string, b: string) => new Decimal(a).equals(new Decimal(b));

/**
 * What changed between two versions' lines and amounts: lines matched by product (in order, so two
 * lines of one product pair up one by one), each added, removed or changed (quantity, price,
 * discount or amount), and the total's change.
 */
export function diffRevisions(
  before: { lines: readonly ContractLine[]; total: string },
  after: { lines: readonly ContractLine[]; total: string },
): RevisionDiff {
  const pool = [...before.lines];
  const changes: LineChange[] = [];
  for (const line of after.lines) {
    const at = pool.findIndex((l) => l.productId === line.productId);
    const old = at >= 0 ? pool.splice(at, 1)[0] : null;
    if (!old) {
      changes.push({ kind: 'added', productCode: line.productCode, productName: line.productName, before: null, after: line, amountDelta: new Decimal(line.amount).toFixed(2) });
      continue;
    }
    const changed = !same(old.quantity, line.quantity) || !same(old.unitPrice, line.unitPrice) || !same(old.discountPercent, line.discountPercent) || !same(old.amount, line.amount);
    if (changed) {
      changes.push({
        kind: 'changed',
        productCode: line.productCode,
        productName: line.productName,
        before: old,
        after: line,
        amountDelta: new Decimal(line.amount).minus(old.amount).toFixed(2),
      });
    }
  }
  for (const old of pool) {
    changes.push({ kind: 'removed', productCode: old.productCode, productName: old.productName, before: old, after: null, amountDelta: new Decimal(old.amount).negated().toFixed(2) });
  }
  return {
    lines: changes,
    totalBefore: before.total,
    totalAfter: after.total,
    totalDelta: new Decimal(after.total).minus(before.total).toFixed(2),
  };
}

/** "+1,234.00" / "-50.00" / "0.00" with a sign, for a delta. */
export function signed(formatted: string, raw: string): string {
  return new Decimal(raw).greaterThan(0) ? `+${formatted}` : formatted;
}
