import { PassThrough, Writable } from 'node:stream';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, csvSafeRow, Principal, writeAudit } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { DictionariesService, RulesService } from '@kehu/server-settings';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { CustomerFilter, CustomersService } from '../customers/customers.service';
import { CustomerQueries } from '../storage/customer-queries';
import { businessDay } from '../customers/customer-codes';
import { CustomerStatus } from '../lifecycle/customer-status';
import { Customer } from '../entities/customer.entity';
import { Column, CUSTOMER_COLUMNS, IMPORT_COLUMNS } from './customer-columns';
import { ExportQueryDto, FileFormat } from './import-export.dto';
import { ImportExportRepository } from './import-export.repository';

/** Rows read per keyset page. */
export const EXPORT_BATCH_SIZE = 2000;

const CONTENT_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The statuses as docs/glossary.md names them. */
export const STATUS_LABELS: Record<CustomerStatus, string> = {
  [CustomerStatus.Potential]: '潜在客户',
  [CustomerStatus.Intent]: '意向客户',
  [CustomerStatus.Formal]: '正式客户',
  [CustomerStatus.Pool]: '公海客户',
  [CustomerStatus.Lost]: '已流失',
};

type Cell = string | number | null;

interface PrimaryContact {
  name: string;
  mobile: string | null;
  title: string | null;
  email: string | null;
}

/** A sink rows are written to: CSV text or an XLSX stream, both honouring backpressure. */
interface RowSink {
  write(rows: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

/**
 * Customer export (issue "Customers" §8): the caller's current filtered list (data scope applies,
 * through CustomersService.filtered), streamed in keyset pages so a million rows never sit in memory.
 */
@Injectable()
export class CustomerExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly customers: CustomersService,
    private readonly queries: CustomerQueries,
    private readonly dictionaries: DictionariesService,
    private readonly org: OrgDirectory,
    private readonly clock: Clock,
    private readonly rules: RulesService,
    private readonly repository: ImportExportRepository,
  ) {}

  async export(principal: Principal, query: ExportQueryDto): Promise<StreamableFile> {
    const { format = 'csv', ...filter } = query;
    // Named by the business day it was taken on: at 07:30 in Shanghai the UTC date is still yesterday's.
    const day = businessDay(this.clock.now(), await this.rules.get('businessTimeZone'));
    const out = new PassThrough();
    this.produce(principal, filter, format, out).catch((error: Error) => out.destroy(error));
    return this.file(out, format, `customers-${day}`);
  }

  /** The import template: Chinese headers and one example row. */
  async template(format: FileFormat = 'csv'): Promise<StreamableFile> {
    const headers = IMPORT_COLUMNS.map((c) => c.zh);
    const example = IMPORT_COLUMNS.map((c) => c.example ?? '');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => out.once('end', resolve));
    const sink = this.sink(format, out);
    await sink.write([headers, example]);
    await sink.end();
    await ended;
    return new StreamableFile(Buffer.concat(chunks), {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="customer-import-template.${format}"`,
    });
  }

  private file(stream: PassThrough, format: FileFormat, name: string): StreamableFile {
    return new StreamableFile(stream, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${name}.${format}"`,
    }).setErrorHandler((_, res) => {
      // Half a file must not look like a whole one: cut the connection.
      if (res.headersSent) res.destroy?.();
      else {
        res.statusCode = 500;
        res.end();
      }
    });
  }

  private async produce(principal: Principal, filter: CustomerFilter, format: FileFormat, out: PassThrough): Promise<void> {
    const labels = await this.labelMaps();
    const sink = this.sink(format, out);
    await sink.write([CUSTOMER_COLUMNS.map((c) => c.zh)]);
    let after = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const page = await this.queries
        .filtered(principal, filter)
        .andWhere('c.id > :exportAfter', { exportAfter: after })
        .orderBy('c.id', 'ASC')
        .limit(EXPORT_BATCH_SIZE)
        .getMany();
      if (!page.length || out.destroyed) break;
      const ids = page.map((c) => c.id);
      const [owners, contacts] = await Promise.all([
        this.org.people(page.map((c) => c.ownerId).filter((x): x is string => !!x)),
        this.primaryContacts(ids),
      ]);
      await sink.write(
        page.map((c) =>
          CUSTOMER_COLUMNS.map((col) => this.cell(col, c, labels, owners.get(c.ownerId ?? '')?.displayName ?? null, contacts.get(c.id))),
        ),
      );
      count += page.length;
      after = ids[ids.length - 1];
      if (page.length < EXPORT_BATCH_SIZE) break;
    }
    await sink.end();
    await writeAudit(this.db.manager, { action: 'EXPORT', entityType: 'customer', after: { format, filter: { ...filter }, rows: count } });
  }

  private cell(
    column: Column,
    c: Customer,
    labels: Map<string, Map<string, string>>,
    ownerName: string | null,
    contact: PrimaryContact | undefined,
  ): Cell {
    switch (column.key) {
      case 'status':
        return STATUS_LABELS[c.status] ?? c.status;
      case 'ownerName':
        return ownerName;
      case 'categoryId':
        return c.categoryId ? (labels.get('category')?.get(c.categoryId) ?? c.categoryId) : null;
      case 'contactName':
        return contact?.name ?? null;
      case 'contactMobile':
        return contact?.mobile ?? null;
      case 'contactTitle':
        return contact?.title ?? null;
      case 'contactEmail':
        return contact?.email ?? null;
    }
    const value = (c as unknown as Record<string, unknown>)[column.key];
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    if (column.kind === 'dictionary') return labels.get(column.dictionary as string)?.get(value as string) ?? (value as string);
    return value as string | number;
  }

  private async labelMaps(): Promise<Map<string, Map<string, string>>> {
    const out = new Map<string, Map<string, string>>();
    for (const column of CUSTOMER_COLUMNS) {
      if (column.kind !== 'dictionary' || !column.dictionary || out.has(column.dictionary)) continue;
      const labels = await this.dictionaries.labels(column.dictionary);
      out.set(column.dictionary, new Map([...labels].map(([code, l]) => [code, l.label])));
    }
    const categories = await this.repository.allCategories();
    out.set('category', new Map(categories.map((c) => [c.id, c.name])));
    return out;
  }

  private async primaryContacts(customerIds: string[]): Promise<Map<string, PrimaryContact>> {
    const rows = await this.repository.primaryContacts(customerIds);
    return new Map(rows.map((r) => [r.customer_id, r]));
  }

  private sink(format: FileFormat, out: PassThrough): RowSink {
    if (format === 'csv') {
      out.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a BOM.
      return {
        write: async (rows) => {
          // Text a spreadsheet would run as a formula is written with a leading ' (docs/api.md, "Export").
          out.write(stringify(rows.map(csvSafeRow)));
          await drained(out);
        },
        end: async () => void out.end(),
      };
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as Writable, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('客户');
    return {
      write: async (rows) => {
        for (const row of rows) sheet.addRow(row).commit();
        await drained(out);
      },
      end: async () => {
        sheet.commit();
        await workbook.commit();
      },
    };
  }
}

/** Waits until the reader has taken what was written (or went away). */
function drained(stream: PassThrough): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}
