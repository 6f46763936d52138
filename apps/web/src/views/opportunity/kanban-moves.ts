import Decimal from 'decimal.js';
import type { KanbanColumn, Opportunity } from '../../api/types';

/**
 * The kanban's columns after moving `card` to `toStage` (a new array of new columns; the input is
 * left as it was, so a refused move snaps back to it): the card leaves its column, leads the target
 * one, and both columns' count and Σ amount follow — exact decimals, as the server sums them.
 */
export function moveCard(columns: readonly KanbanColumn[], card: Opportunity, toStage: string): KanbanColumn[] {
  return columns.map((column) => {
    if (column.stage === card.stage && column.stage !== toStage) {
      return {
        ...column,
        items: column.items.filter((i) => i.id !== card.id),
        count: column.count - 1,
        amount: new Decimal(column.amount).minus(card.expectedAmount).toFixed(2),
      };
    }
    if (column.stage === toStage && column.stage !== card.stage) {
      return {
        ...column,
        items: [{ ...card, stage: toStage }, ...column.items],
        count: column.count + 1,
        amount: new Decimal(column.amount).plus(card.expectedAmount).toFixed(2),
      };
    }
    return column;
  });
}

/** The columns with the server's answer for a card that moved (its probability, version…). */
export function replaceCard(columns: readonly KanbanColumn[], card: Opportunity): KanbanColumn[] {
  return columns.map((column) => (column.items.some((i) => i.id === card.id) ? { ...column, items: column.items.map((i) => (i.id === card.id ? card : i)) } : column));
}
