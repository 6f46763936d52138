import { moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A product line of one contract revision: the product as it was sold (code, name, list price copied), and its figures. */
@Entity('contract_line')
export class ContractLine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) contractId: string;
  @Column({ type: 'uuid' }) revisionId: string;
  @Column({ type: 'int' }) lineNo: number;
  @Column({ type: 'uuid' }) productId: string;
  @Column({ type: 'text' }) productCode: string;
  @Column({ type: 'text' }) productName: string;
  @Column({ type: 'text' }) unit: string;
  @Column({ type: 'numeric', precision: 15, scale: 3 }) quantity: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) listPrice: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) unitPrice: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: moneyColumnTransformer }) discountPercent: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: moneyColumnTransformer }) taxRate: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) amount: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) netAmount: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) taxAmount: string;
}
