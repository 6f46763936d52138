import {
  chainStepApplies,
  contractActionAllowed,
  contractActions,
  ContractStatus,
  customerMaySign,
  needsSeniorApproval,
  OrderReviewState,
  orderReviewBlocksSigning,
  periodProblems,
  signingDateProblem,
  statusAfter,
} from './contract-rules';

const thresholds = { amountThreshold: '500000.00', minPercentOfList: '85.00' };

describe('contract rules', () => {
  it('lets only a DRAFT be edited or submitted, and only an ACTIVE contract be amended', () => {
    for (const status of Object.values(ContractStatus)) {
      expect(contractActionAllowed(status, 'edit')).toBe(status === ContractStatus.Draft);
      expect(contractActionAllowed(status, 'submit')).toBe(status === ContractStatus.Draft);
      expect(contractActionAllowed(status, 'amend')).toBe(status === ContractStatus.Active);
      expect(contractActionAllowed(status, 'sign')).toBe(status === ContractStatus.Approved);
    }
    expect(contractActions(ContractStatus.Completed)).toEqual([]);
    expect(contractActions(ContractStatus.Terminated)).toEqual([]);
  });

  it('walks DRAFT → PENDING_APPROVAL → APPROVED → ACTIVE → COMPLETED | TERMINATED; a rejection goes back to DRAFT', () => {
    expect(statusAfter('submit')).toBe(ContractStatus.PendingApproval);
    expect(statusAfter('approve')).toBe(ContractStatus.Approved);
    expect(statusAfter('reject')).toBe(ContractStatus.Draft);
    expect(statusAfter('sign')).toBe(ContractStatus.Active);
    expect(statusAfter('complete')).toBe(ContractStatus.Completed);
    expect(statusAfter('terminate')).toBe(ContractStatus.Terminated);
  });

  it.each([
    ['499999.99', false, false],
    ['500000.00', false, true],
    ['1200000.00', false, true],
    ['1000.00', true, true],
  ])('total %s, a line below the discount threshold %s → finance and executive: %s', (total, discounted, senior) => {
    expect(needsSeniorApproval(total, discounted, thresholds)).toBe(senior);
  });

  it('keeps the manager’s step (and any other role an administrator added) always, finance’s and the executive’s only when senior', () => {
    const manager = { kind: 'DEPARTMENT_MANAGER' };
    const finance = { kind: 'ROLE', roleCode: 'finance' };
    const executive = { kind: 'ROLE', roleCode: 'executive' };
    const legal = { kind: 'ROLE', roleCode: 'legal' };
    expect([manager, finance, executive, legal].map((s) => chainStepApplies(s, false))).toEqual([true, false, false, true]);
    expect([manager, finance, executive, legal].map((s) => chainStepApplies(s, true))).toEqual([true, true, true, true]);
  });

  it.each([
    ['INTENT', false, true],
    ['FORMAL', false, true],
    ['POTENTIAL', false, false],
    ['POOL', false, false],
    ['LOST', false, false],
    ['POTENTIAL', true, true],
  ])('a %s customer (opportunity just won: %s) may sign: %s', (status, won, may) => {
    expect(customerMaySign(status, won)).toBe(may);
  });

  it('names endDate when it is before startDate', () => {
    expect(periodProblems('2027-01-01', '2026-12-31')).toEqual([{ field: 'endDate', message: 'must not be before startDate', code: 'min' }]);
    expect(periodProblems('2027-01-01', '2027-01-01')).toEqual([]);
    expect(periodProblems(null, '2026-12-31')).toEqual([]);
  });

  it('refuses a signing date beyond the rule’s days ahead, naming signingDate', () => {
    expect(signingDateProblem('2026-11-23', '2026-11-23', 0)).toBeNull();
    expect(signingDateProblem('2026-11-24', '2026-11-23', 0)).toMatchObject({ field: 'signingDate', code: 'max' });
    expect(signingDateProblem('2026-11-30', '2026-11-23', 7)).toBeNull();
    expect(signingDateProblem('2026-12-01', '2026-11-23', 7)?.message).toContain('2026-11-30');
    expect(signingDateProblem('2026-10-01', '2026-11-23', 0)).toBeNull();
  });

  it('holds a custom order until its review passed; a stock order needs none', () => {
    expect(orderReviewBlocksSigning(false, null)).toBe(false);
    expect(orderReviewBlocksSigning(true, null)).toBe(true);
    expect(orderReviewBlocksSigning(true, OrderReviewState.Pending)).toBe(true);
    expect(orderReviewBlocksSigning(true, OrderReviewState.Failed)).toBe(true);
    expect(orderReviewBlocksSigning(true, OrderReviewState.Passed)).toBe(false);
  });
});
