import { isSettled } from '../completion/contract-completion';
import { deliveryActions, deliveryStatusAfter, DeliveryStatus, fullyAccepted, lineProgress, overDeliveryProblem, stepDateProblem } from './delivery-rules';

describe('delivery rules', () => {
  const S = DeliveryStatus;

  it('moves PLANNED → SHIPPED → DELIVERED → ACCEPTED, one step at a time; cancels only before delivery', () => {
    expect(deliveryStatusAfter(S.Planned, 'ship')).toBe(S.Shipped);
    expect(deliveryStatusAfter(S.Shipped, 'deliver')).toBe(S.Delivered);
    expect(deliveryStatusAfter(S.Delivered, 'accept')).toBe(S.Accepted);
    expect(deliveryStatusAfter(S.Planned, 'deliver')).toBeNull();
    expect(deliveryStatusAfter(S.Planned, 'accept')).toBeNull();
    expect(deliveryStatusAfter(S.Shipped, 'ship')).toBeNull();
    expect(deliveryStatusAfter(S.Accepted, 'accept')).toBeNull();
    expect(deliveryStatusAfter(S.Planned, 'cancel')).toBe(S.Cancelled);
    expect(deliveryStatusAfter(S.Shipped, 'cancel')).toBe(S.Cancelled);
    expect(deliveryStatusAfter(S.Delivered, 'cancel')).toBeNull();
    expect(deliveryStatusAfter(S.Cancelled, 'ship')).toBeNull();
    expect(deliveryActions(S.Planned)).toEqual(['ship', 'cancel']);
    expect(deliveryActions(S.Delivered)).toEqual(['accept']);
    expect(deliveryActions(S.Accepted)).toEqual([]);
  });

  const lines = [
    { id: 'l1', lineNo: 1, productId: 'p1', quantity: '2.000' },
    { id: 'l2', lineNo: 2, productId: 'p2', quantity: '1.5' },
  ];

  it('sums each line’s deliveries by stage, matching them by line number and product, leaving cancelled ones out', () => {
    const progress = lineProgress(lines, [
      { lineNo: 1, productId: 'p1', quantity: '0.5', status: S.Accepted },
      { lineNo: 1, productId: 'p1', quantity: '0.25', status: S.Delivered },
      { lineNo: 1, productId: 'p1', quantity: '0.25', status: S.Shipped },
      { lineNo: 1, productId: 'p1', quantity: '0.5', status: S.Planned },
      { lineNo: 1, productId: 'p1', quantity: '9', status: S.Cancelled },
      // Line 1 of an older revision sold another product: not this line's.
      { lineNo: 1, productId: 'p9', quantity: '1', status: S.Accepted },
    ]);
    expect(progress).toEqual([
      { lineId: 'l1', lineNo: 1, productId: 'p1', ordered: '2.000', recorded: '1.500', shipped: '1.000', delivered: '0.750', accepted: '0.500' },
      { lineId: 'l2', lineNo: 2, productId: 'p2', ordered: '1.500', recorded: '0.000', shipped: '0.000', delivered: '0.000', accepted: '0.000' },
    ]);
    expect(overDeliveryProblem(progress[0], '0.5')).toBeNull();
    expect(overDeliveryProblem(progress[0], '0.501')).toMatchObject({ field: 'quantity', code: 'max', message: expect.stringContaining('at most 0.500 more') });
    expect(overDeliveryProblem(progress[1], '1.5')).toBeNull();
  });

  it('calls a contract fully accepted when every line is accepted in full, and settled when it is also fully paid', () => {
    const all = (l1: string, l2: string) =>
      lineProgress(lines, [
        { lineNo: 1, productId: 'p1', quantity: l1, status: S.Accepted },
        { lineNo: 2, productId: 'p2', quantity: l2, status: S.Accepted },
      ]);
    expect(fullyAccepted(all('2', '1.5'))).toBe(true);
    expect(fullyAccepted(all('2', '1.499'))).toBe(false);
    expect(fullyAccepted([])).toBe(false);
    expect(isSettled('1000.00', '1000.00', all('2', '1.5'))).toBe(true);
    expect(isSettled('1000.00', '999.99', all('2', '1.5'))).toBe(false);
    expect(isSettled('1000.00', '1000.00', all('1', '1.5'))).toBe(false);
  });

  it('refuses step dates in the future or before the previous step', () => {
    expect(stepDateProblem('2026-12-07', '2026-12-07', '2026-12-01')).toBeNull();
    expect(stepDateProblem('2026-12-08', '2026-12-07', null)).toMatchObject({ field: 'date', code: 'max' });
    expect(stepDateProblem('2026-11-30', '2026-12-07', '2026-12-01')).toMatchObject({ field: 'date', code: 'min' });
  });
});
