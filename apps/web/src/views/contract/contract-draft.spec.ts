import { describe, expect, it } from 'vitest';
import type { ContractLine } from '../../api/types';
import { diffRevisions, emptyDraft, lineFromPriced, missingOnStep, stepOfField, toCreateBody, type ContractDraft } from './contract-draft';
import { reservationDaysLeft } from './contract-status';

const line = (over: Partial<ContractLine> = {}): ContractLine => ({
  lineNo: 1,
  productId: 'p1',
  productCode: 'HP-30',
  productName: '热泵机组',
  unit: '台',
  quantity: '2.000',
  listPrice: '300000.00',
  unitPrice: '300000.00',
  discountPercent: '0.00',
  taxRate: '13.00',
  amount: '600000.00',
  netAmount: '600000.00',
  taxAmount: '78000.00',
  ...over,
});

const draft = (over: Partial<ContractDraft> = {}): ContractDraft => ({ ...emptyDraft(), ...over });

describe('contract draft', () => {
  it('sends a reserved number only in reserved mode, blanks as null, and never client totals', () => {
    const body = toCreateBody(
      draft({
        numberMode: 'generated',
        number: 'HT202612-0007',
        type: 'sales',
        title: '  春意 2027 采购合同 ',
        customerId: 'c1',
        quoteId: 'q1',
        paymentTerms: '   ',
        buyer: { name: '春意空调', taxNumber: '', bank: '中国银行', bankAccount: '', address: '', phone: '' },
        lines: [lineFromPriced(line())],
      }),
    );
    expect(body.number).toBeUndefined();
    expect(body.title).toBe('春意 2027 采购合同');
    expect(body.paymentTerms).toBeNull();
    expect(body.buyer).toEqual({ name: '春意空调', taxNumber: null, bank: '中国银行', bankAccount: null, address: null, phone: null });
    expect(body.lines).toEqual([{ productId: 'p1', quantity: '2', unitPrice: '300000.00', discountPercent: '0.00' }]);
    expect(body).not.toHaveProperty('total');
    expect(body.quoteId).toBe('q1');
    expect(body.opportunityId).toBeUndefined();

    expect(toCreateBody(draft({ numberMode: 'reserved', number: 'HT202612-0007' })).number).toBe('HT202612-0007');
  });

  it('names the wizard step of every API field, so a refused save opens the step to correct', () => {
    expect(stepOfField('number')).toBe('number');
    expect(stepOfField('endDate')).toBe('type');
    expect(stepOfField('buyer.name')).toBe('buyer');
    expect(stepOfField('lines[2].quantity')).toBe('products');
    expect(stepOfField('lines.0.productId')).toBe('products');
    expect(stepOfField('paymentTerms')).toBe('payment');
    expect(stepOfField('additionalTerms')).toBe('terms');
    expect(stepOfField('somethingElse')).toBe('confirm');
  });

  it('holds the user on a step until what it needs is there', () => {
    expect(missingOnStep('number', draft({ numberMode: 'reserved' }))).toEqual(['number']);
    expect(missingOnStep('number', draft({ numberMode: 'generated' }))).toEqual([]);
    expect(missingOnStep('type', draft({ type: 'sales', title: 'x', startDate: '2027-01-01', endDate: '2026-12-31' }))).toEqual(['endDate']);
    expect(missingOnStep('type', draft())).toEqual(['type', 'title']);
    expect(missingOnStep('buyer', draft({ customerId: 'c1' }))).toEqual(['buyer.name']);
    expect(missingOnStep('products', draft())).toEqual(['lines']);
    expect(missingOnStep('terms', draft())).toEqual([]);
  });

  it('diffs two versions: lines added, removed and changed, and the total with its sign', () => {
    const v1 = { total: '678000.00', lines: [line(), line({ lineNo: 2, productId: 'p2', productCode: 'FC-1', productName: '风机盘管', quantity: '10.000', unitPrice: '2000.00', amount: '20000.00' })] };
    const v2 = {
      total: '1017000.00',
      lines: [line({ quantity: '3.000', amount: '900000.00' }), line({ lineNo: 2, productId: 'p3', productCode: 'CT-2', productName: '冷却塔', quantity: '1.000', unitPrice: '0.00', amount: '0.00' })],
    };
    const diff = diffRevisions(v1, v2);
    expect(diff.lines.map((c) => [c.kind, c.productCode, c.amountDelta])).toEqual([
      ['changed', 'HP-30', '300000.00'],
      ['added', 'CT-2', '0.00'],
      ['removed', 'FC-1', '-20000.00'],
    ]);
    expect(diff.totalDelta).toBe('339000.00');
    // "2.000" and "2" are the same quantity: no change reported.
    expect(diffRevisions({ total: '1', lines: [line()] }, { total: '1', lines: [line({ quantity: '2' })] }).lines).toEqual([]);
  });

  it('counts whole days left on a reservation', () => {
    const now = new Date('2026-12-07T02:00:00Z');
    expect(reservationDaysLeft('2026-12-10T01:00:00Z', now)).toBe(2);
    expect(reservationDaysLeft('2026-12-07T03:00:00Z', now)).toBe(0);
    expect(reservationDaysLeft(null, now)).toBeNull();
  });
});
