import Decimal from 'decimal.js';
import { agingBucket, allocate, paymentActionAllowed, PaymentKind, PaymentStatus, PaymentTrigger, paymentTermProblems, planDifference, planEditProblems, reversalAllocations, replanForAmount, splitByPercent, termDueDate, termNote } from './receivable-rules';

describe('receivable rules', () => {
  describe('planDifference', () => {
    it.each([
      [['30000.00', '60000.00', '10000.00'], '100000.00', '0'],
      [['30000.00', '60000.00'], '100000.00', '-10000'],
      [['0.10', '0.20'], '0.30', '0'],
      [['33333.33', '33333.33', '33333.33'], '100000.00', '-0.01'],
      [['100000.01'], '100000.00', '0.01'],
    ])('%j against %s → %s', (amounts, total, expected) => {
      expect(planDifference(amounts, total).toString()).toBe(expected);
    });
  });

  describe('allocate: oldest open instalments first', () => {
    const open = [
      { id: 'jan', outstanding: '300.00' },
      { id: 'feb', outstanding: '600.00' },
      { id: 'mar', outstanding: '100.00' },
    ];
    it.each([
      ['100.00', [{ instalmentId: 'jan', amount: '100.00' }]],
      ['300.00', [{ instalmentId: 'jan', amount: '300.00' }]],
      ['300.01', [{ instalmentId: 'jan', amount: '300.00' }, { instalmentId: 'feb', amount: '0.01' }]],
      ['1000.00', [{ instalmentId: 'jan', amount: '300.00' }, { instalmentId: 'feb', amount: '600.00' }, { instalmentId: 'mar', amount: '100.00' }]],
    ])('%s', (amount, expected) => {
      expect(allocate(amount, open)).toEqual(expected);
    });
    it('refuses what the instalments cannot take', () => {
      expect(allocate('1000.01', open)).toBeNull();
      expect(allocate('0.01', [])).toBeNull();
    });
    it('skips instalments with nothing outstanding', () => {
      expect(allocate('50.00', [{ id: 'paid', outstanding: '0.00' }, ...open])).toEqual([{ instalmentId: 'jan', amount: '50.00' }]);
    });
    it('negates a reversal', () => {
      expect(reversalAllocations([{ instalmentId: 'jan', amount: '300.00' }])).toEqual([{ instalmentId: 'jan', amount: '-300.00' }]);
    });
  });

  describe('payment transitions', () => {
    it.each([
      [PaymentStatus.Pending, 'confirm', true],
      [PaymentStatus.Pending, 'reject', true],
      [PaymentStatus.Pending, 'reverse', false],
      [PaymentStatus.Confirmed, 'confirm', false],
      [PaymentStatus.Confirmed, 'reject', false],
      [PaymentStatus.Confirmed, 'reverse', true],
      [PaymentStatus.Rejected, 'confirm', false],
      [PaymentStatus.Rejected, 'reverse', false],
    ] as const)('a %s payment takes %s: %s', (status, action, allowed) => {
      expect(paymentActionAllowed(PaymentKind.Payment, status, action)).toBe(allowed);
    });
    it('a reversal takes nothing', () => {
      for (const action of ['confirm', 'reject', 'reverse'] as const) expect(paymentActionAllowed(PaymentKind.Reversal, PaymentStatus.Confirmed, action)).toBe(false);
    });
  });

  describe('planEditProblems: only unpaid instalments change', () => {
    const existing = [
      { id: 'a', dueDate: '2027-01-31', amount: '300.00', received: '100.00', namedByPending: false },
      { id: 'b', dueDate: '2027-02-28', amount: '600.00', received: '0.00', namedByPending: true },
      { id: 'c', dueDate: '2027-03-31', amount: '100.00', received: '0.00', namedByPending: false },
    ];
    const keep = existing.map(({ id, dueDate, amount }) => ({ id, dueDate, amount }));
    it('accepts the plan unchanged, and unpaid instalments changed or removed', () => {
      expect(planEditProblems(existing, keep)).toEqual([]);
      expect(planEditProblems(existing, [keep[0], { ...keep[1], amount: '700.00', dueDate: '2027-02-15' }])).toEqual([]);
    });
    it('refuses a paid instalment changed or removed, and one a pending payment names removed', () => {
      expect(planEditProblems(existing, [{ ...keep[0], amount: '301.00' }, keep[1], keep[2]]).map((p) => [p.kind, p.error.field])).toEqual([['locked', 'instalments[0].amount']]);
      expect(planEditProblems(existing, [{ ...keep[0], dueDate: '2027-01-30' }, keep[1], keep[2]]).map((p) => p.error.field)).toEqual(['instalments[0].dueDate']);
      expect(planEditProblems(existing, [keep[1], keep[2]]).map((p) => [p.kind, p.error.field, p.error.code])).toEqual([['locked', 'instalments', 'paid']]);
      expect(planEditProblems(existing, [keep[0], keep[2]]).map((p) => p.error.code)).toEqual(['pending']);
    });
    it('refuses ids that are not the plan’s, or sent twice', () => {
      expect(planEditProblems(existing, [{ id: 'zzz', dueDate: '2027-01-31', amount: '1.00' }, ...keep]).map((p) => [p.kind, p.error.field])).toEqual([['unknown', 'instalments[0].id']]);
      expect(planEditProblems(existing, [...keep, keep[2]]).map((p) => [p.kind, p.error.field])).toEqual([['unknown', 'instalments[3].id']]);
    });
  });

  describe('agingBucket: the edges', () => {
    it.each([
      [1, 'days0to30'],
      [30, 'days0to30'],
      [31, 'days31to60'],
      [60, 'days31to60'],
      [61, 'days61to90'],
      [90, 'days61to90'],
      [91, 'over90'],
      [400, 'over90'],
    ] as const)('%i days past due → %s', (days, bucket) => {
      expect(agingBucket(days)).toBe(bucket);
    });
  });
});

describe('plans from payment terms', () => {
  it('splits by percent to the cent, the rounding remainder on the last instalment', () => {
    expect(splitByPercent('100000.00', ['30', '60', '10'])).toEqual(['30000.00', '60000.00', '10000.00']);
    // 33.33 % of 100.01 is 33.333333 → 33.33 twice; the last takes 33.35 so the sum is exact.
    expect(splitByPercent('100.01', ['33.33', '33.33', '33.34'])).toEqual(['33.33', '33.33', '33.35']);
    // Half-up at the cent: 0.5 % of 1.00 is 0.005 → 0.01.
    expect(splitByPercent('1.00', ['0.5', '99.5'])).toEqual(['0.01', '0.99']);
    for (const [amount, percents] of [['28928.00', ['30', '60', '10']], ['0.07', ['33.33', '33.33', '33.34']], ['9999999.99', ['12.5', '12.5', '75']]] as const) {
      const shares = splitByPercent(amount, percents);
      expect(shares!.reduce((sum, s) => sum.plus(s), new Decimal(0)).toFixed(2)).toBe(amount);
    }
    // Too small to give every instalment a cent.
    expect(splitByPercent('0.01', ['50', '50'])).toBeNull();
  });

  it('refuses percents that do not add up to 100, are out of range, or lack the day their trigger needs', () => {
    expect(paymentTermProblems([{ percent: '30', trigger: PaymentTrigger.Signing }, { percent: '70', trigger: PaymentTrigger.Date, date: '2027-01-31' }])).toEqual([]);
    expect(paymentTermProblems([{ percent: '30', trigger: PaymentTrigger.Signing }, { percent: '60', trigger: PaymentTrigger.Signing }]).map((p) => [p.field, p.message])).toEqual([
      ['terms', 'the percentages add up to 90.00, not 100'],
    ]);
    expect(paymentTermProblems([{ percent: '0', trigger: PaymentTrigger.Signing }, { percent: '100', trigger: PaymentTrigger.Delivery }]).map((p) => p.field)).toEqual([
      'terms[0].percent',
      'terms[1].date',
    ]);
  });

  it('dates a term by its trigger plus the offset, across month and year ends', () => {
    expect(termDueDate({ percent: '30', trigger: PaymentTrigger.Signing, offsetDays: 30 }, '2026-12-07')).toBe('2027-01-06');
    expect(termDueDate({ percent: '60', trigger: PaymentTrigger.Delivery, offsetDays: 1, date: '2027-02-28' }, '2026-12-07')).toBe('2027-03-01');
    expect(termDueDate({ percent: '10', trigger: PaymentTrigger.Date, date: '2028-02-29' }, '2026-12-07')).toBe('2028-02-29');
    expect(termNote({ percent: '30.00', trigger: PaymentTrigger.Signing, offsetDays: 30 })).toBe('签约后 30 日内 30%');
    expect(termNote({ percent: '10', trigger: PaymentTrigger.Acceptance })).toBe('验收后 10%');
  });
});

describe('re-planning on an amendment', () => {
  const plan = (rows: Array<[string, string, string]>) => rows.map(([id, amount, received], n) => ({ id, dueDate: `2027-0${n + 1}-28`, amount, note: null, received }));
  const amounts = (r: ReturnType<typeof replanForAmount>) => ('refused' in r ? r.refused : r.instalments.map((i) => [i.id ?? 'new', i.amount]));

  it('spreads the difference over the unpaid instalments in proportion, paid ones untouched, to the cent', () => {
    const current = plan([['a', '3000.00', '3000.00'], ['b', '6000.00', '100.00'], ['c', '600.00', '0'], ['d', '400.00', '0']]);
    // 10,000 → 10,500: the unpaid 1,000 becomes 1,500, 60 / 40.
    expect(amounts(replanForAmount(current, '10500.00', '3100.00', '2026-12-07', '变更'))).toEqual([['a', '3000.00'], ['b', '6000.00'], ['c', '900.00'], ['d', '600.00']]);
    // 10,000 → 9,000.01: 0.01 left, too little for two: the last takes it.
    expect(amounts(replanForAmount(current, '9000.01', '3100.00', '2026-12-07', '变更'))).toEqual([['a', '3000.00'], ['b', '6000.00'], ['d', '0.01']]);
    // Down to exactly the paid instalments: the unpaid ones go.
    expect(amounts(replanForAmount(current, '9000.00', '3100.00', '2026-12-07', '变更'))).toEqual([['a', '3000.00'], ['b', '6000.00']]);
    // Thirds of 100.00: 33.33 + 33.33 + 33.34.
    expect(amounts(replanForAmount(plan([['x', '1.00', '0'], ['y', '1.00', '0'], ['z', '1.00', '0']]), '100.00', '0', '2026-12-07', '变更'))).toEqual([['x', '33.33'], ['y', '33.33'], ['z', '33.34']]);
  });

  it('adds one instalment for an increase when nothing is unpaid, and refuses an amount below what was received or paid instalments', () => {
    const paid = plan([['a', '3000.00', '3000.00']]);
    expect(replanForAmount(paid, '3500.00', '3000.00', '2026-12-07', '合同变更 2')).toEqual({
      instalments: [
        { id: 'a', dueDate: '2027-01-28', amount: '3000.00', note: null },
        { dueDate: '2027-01-28', amount: '500.00', note: '合同变更 2' },
      ],
    });
    expect(replanForAmount(paid, '2999.99', '3000.00', '2026-12-07', '变更')).toEqual({ refused: '3000.00 is already received, more than the new amount 2999.99' });
    expect(replanForAmount(plan([['b', '6000.00', '100.00']]), '5000.00', '100.00', '2026-12-07', '变更')).toEqual({
      refused: 'the instalments that received money add up to 6000.00, more than the new amount 5000.00',
    });
  });
});
