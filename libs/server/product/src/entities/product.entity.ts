import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

export enum ProductStatus {
  OnSale = 'ON_SALE',
  /** Kept for history (old quotes and contracts name it); no new quote may offer it. */
  Discontinued = 'DISCONTINUED',
}

/** A product of the catalogue (DOMAIN §5), usually mirrored from the ERP by `externalId`. */
@Entity('product')
export class Product extends BusinessEntity {
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) model: string | null;
  @Column({ type: 'text', nullable: true }) spec: string | null;
  @Column({ type: 'text' }) unit: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) listPrice: string;
  /** Percent, e.g. "13.00" for China's standard VAT on goods. */
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: moneyColumnTransformer }) taxRate: string;
  @Column({ type: 'text' }) status: ProductStatus;
  @Column({ type: 'uuid', nullable: true }) categoryId: string | null;
  @Column({ type: 'int', default: 0 }) stockOnHand: number;
  @Column({ type: 'timestamptz', nullable: true }) stockUpdatedAt: Date | null;
  @Column({ type: 'text', nullable: true }) externalId: string | null;
  /** Lower-cased code, name, model and spec: what `?q=` of three or more characters matches (pg_trgm). */
  @Column({ type: 'text' }) searchText: string;
  /** Character bigrams of the same text: what a two-character query matches (trigrams need three). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) searchBigrams: string[];
}
