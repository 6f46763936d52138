import { describe, expect, it } from 'vitest';
import type { Instalment } from '../../api/types';
import { addMonths, agingSeries, batchOutcome, isAmount, newPlanRow, newTermRow, paymentActions, planBalance, planBody, planRows, proposalRows, receivedPercent, termsBody, termsPercent } from './receivable-rules';

const instalment = (over: Partial<Instalment>): Instalment => ({
  id: 'i1',
  number: 1,
  dueDate: '2026-11-30',
  amount: '100.00',
  received: '0.00',
  outstanding: '100.00',
  state: 'UNPAID',
  note: null,
  version: 1,
  ...over,
});

describe('receivable rules', () => {
  it('sums the plan exactly, where floats would not (0.10 + 0.20 = 0.30), and names over and short', () => {
    expect(planBalance([{ amount: '0.10' }, { amount: '0.20' }], '0.30')).toEqual({ sum: '0.30', difference: '0.00', balanced: true });
    expect(planBalance([{ amount: '203400.00' }, { amount: '406800.00' }, { amount: '67800.01' }], '678000.00')).toEqual({
      sum: '678000.01',
      difference: '0.01',
      balanced: false,
    });
    // A row still being typed counts as 0 (the sum stays shown).
    expect(planBalance([{ amount: '99999999999999.99' }, { amount: '12.' }, { amount: '' }], '100000000000000.00')).toEqual({
      sum: '99999999999999.99',
      difference: '-0.01',
      balanced: false,
    });
  });

  it('takes amounts > 0 with at most two decimals only', () => {
    expect(['1', '0.01', '678000.00', ' 12.5 '].map(isAmount)).toEqual([true, true, true, true]);
    expect(['0', '0.00', '-1', '1.001', '1e3', 'abc', '', null].map(isAmount)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('locks the rows that received money, keeps ids, and sends notes trimmed or null', () => {
    const rows = planRows([instalment({ id: 'a', received: '0.01', state: 'PARTIAL' }), instalment({ id: 'b', dueDate: '2027-01-31', note: '验收后' })]);
    expect(rows.map((r) => [r.id, r.locked])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    rows[1].note = '  ';
    rows.push({ ...newPlanRow(rows, '300.00'), note: ' 尾款 ' });
    expect(planBody(rows)).toEqual({
      instalments: [
        { id: 'a', dueDate: '2026-11-30', amount: '100.00', note: null },
        { id: 'b', dueDate: '2027-01-31', amount: '100.00', note: null },
        { dueDate: '2027-02-28', amount: '100.00', note: '尾款' },
      ],
    });
  });

  it('proposes the remainder, due a month after the last row (the day kept within the month)', () => {
    expect(newPlanRow([], '1000.00')).toMatchObject({ dueDate: '', amount: '1000.00', locked: false });
    const over = planRows([instalment({ amount: '1200.00' })]);
    expect(newPlanRow(over, '1000.00').amount).toBe('');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-12-31', 14)).toBe('2028-02-29');
  });

  it('shows progress rounded down: 100 % only when fully received', () => {
    expect(receivedPercent('0.00', '678000.00')).toBe(0);
    expect(receivedPercent('677999.99', '678000.00')).toBe(99.9);
    expect(receivedPercent('678000.00', '678000.00')).toBe(100);
    expect(receivedPercent('226000.00', '678000.00')).toBe(33.3);
    expect(receivedPercent('5.00', '0.00')).toBe(0);
    expect(receivedPercent('-5.00', '100.00')).toBe(0);
  });

  it('offers confirm/reject on pending payments and reverse once on confirmed ones, never on a reversal', () => {
    expect(paymentActions({ kind: 'PAYMENT', status: 'PENDING', reversedById: null })).toEqual({ confirm: true, reject: true, reverse: false });
    expect(paymentActions({ kind: 'PAYMENT', status: 'CONFIRMED', reversedById: null })).toEqual({ confirm: false, reject: false, reverse: true });
    expect(paymentActions({ kind: 'PAYMENT', status: 'CONFIRMED', reversedById: 'r1' })).toEqual({ confirm: false, reject: false, reverse: false });
    expect(paymentActions({ kind: 'REVERSAL', status: 'CONFIRMED', reversedById: null })).toEqual({ confirm: false, reject: false, reverse: false });
    expect(paymentActions({ kind: 'PAYMENT', status: 'REJECTED', reversedById: null })).toEqual({ confirm: false, reject: false, reverse: false });
  });

  it('matches a batch answer to the rows sent; a missing answer counts as failed', () => {
    const problem = { type: 'https://kehu.dev/problems/payment-state-conflict', title: 'x', status: 409 };
    const outcome = batchOutcome([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }], [
      { paymentId: 'p2', status: 'FAILED', problem },
      { paymentId: 'p1', status: 'CONFIRMED' },
    ]);
    expect(outcome.confirmed).toEqual([{ id: 'p1' }]);
    expect(outcome.failed).toEqual([
      { payment: { id: 'p2' }, problem },
      { payment: { id: 'p3' }, problem: null },
    ]);
  });

  it('stacks the aging buckets per group in the server’s order', () => {
    const row = (name: string | null, a: string, b: string, c: string, d: string) => ({ name, days0to30: a, days31to60: b, days61to90: c, over90: d, total: '0' });
    expect(agingSeries([row('恒瑞', '100.00', '0.00', '0.00', '50.50'), row(null, '1.00', '2.00', '3.00', '4.00')], '(none)')).toEqual({
      categories: ['恒瑞', '(none)'],
      series: [
        { bucket: 'days0to30', data: [100, 1] },
        { bucket: 'days31to60', data: [0, 2] },
        { bucket: 'days61to90', data: [0, 3] },
        { bucket: 'over90', data: [50.5, 4] },
      ],
    });
  });

  it('edits payment terms: the next term proposes the rest of 100 %, dates only where the trigger takes one', () => {
    const first = newTermRow([]);
    expect(first).toMatchObject({ percent: '100', trigger: 'SIGNING', offsetDays: 30 });
    first.percent = '30';
    const second = { ...newTermRow([first]), percent: '60', trigger: 'DELIVERY' as const, date: '2027-03-31', offsetDays: 0 };
    const third = newTermRow([first, second]);
    expect(third.percent).toBe('10');
    third.percent = '9.5';
    expect(termsPercent([first, second, third])).toBe('99.50');
    expect(newTermRow([first, second, third]).percent).toBe('0.50');
    first.date = '2027-01-01';
    const dated = { ...third, trigger: 'DATE' as const, date: '2027-06-30', offsetDays: 15 };
    expect(termsBody([first, second, dated])).toEqual([
      { percent: '30', trigger: 'SIGNING', offsetDays: 30, date: null },
      { percent: '60', trigger: 'DELIVERY', offsetDays: 0, date: '2027-03-31' },
      { percent: '9.5', trigger: 'DATE', offsetDays: 0, date: '2027-06-30' },
    ]);
  });

  it('puts a proposal in the editor: the instalments it kept read-only, the new ones editable', () => {
    const rows = proposalRows({
      contractAmount: '28928.00',
      spread: '18928.00',
      instalments: [
        { id: 'kept', dueDate: '2026-11-30', amount: '10000.00', note: null },
        { dueDate: '2027-01-06', amount: '5678.40', note: '签约后 30 日内 30%' },
        { dueDate: '2027-04-30', amount: '13249.60', note: null },
      ],
    });
    expect(rows.map((r) => [r.id, r.amount, r.locked, r.note])).toEqual([
      ['kept', '10000.00', true, ''],
      [undefined, '5678.40', false, '签约后 30 日内 30%'],
      [undefined, '13249.60', false, ''],
    ]);
    expect(planBalance(rows, '28928.00').balanced).toBe(true);
  });
});
