import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/**
 * A list view a user saved for themselves: a name and the filters of one list page. Kept on the
 * server so a user's views follow them to another browser or device.
 */
@Entity('list_view')
export class ListView extends BusinessEntity {
  @Column({ type: 'uuid' })
  userId: string;

  /** The list the view belongs to, as the SPA names it (`customers`, `churn-alerts`). */
  @Column({ type: 'text' })
  listKey: string;

  @Column({ type: 'text' })
  name: string;

  /** The list's filters, as the page's query parameters (`{ "status": "INTENT", "mine": true }`). */
  @Column({ type: 'jsonb' })
  query: Record<string, ListViewFilterValue>;
}

export type ListViewFilterValue = string | number | boolean | string[];
