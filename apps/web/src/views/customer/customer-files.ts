import { http, unwrap } from '../../api/http';
import type { ExportQuery, FileFormat, ImportMode, ImportReport } from '../../api/types';
import { dayStamp, filenameFromDisposition, saveBlob } from '../../utils/download';
import { toCustomerQuery, type CustomerFilters } from './customer-query';

export const FILE_FORMATS: readonly FileFormat[] = ['csv', 'xlsx'];
export const IMPORT_MODES: readonly ImportMode[] = ['create', 'upsert'];
/** The server refuses larger files (413); checked before uploading. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_ACCEPT = '.csv,.xlsx';

/** The export query for the list's filters: the same filters as GET /customers, without paging or sort. */
export function toExportQuery(filters: CustomerFilters, format: FileFormat): ExportQuery {
  const query: Record<string, unknown> = { ...toCustomerQuery(filters) };
  for (const paging of ['page', 'pageSize', 'sort']) delete query[paging];
  return { ...(query as ExportQuery), format };
}

/** What the browser names a downloaded file: the server's Content-Disposition name, else `<base>-YYYYMMDD.<format>`. */
export function downloadName(response: Response, base: string, format: FileFormat, now = new Date()): string {
  return filenameFromDisposition(response.headers.get('Content-Disposition')) ?? `${base}-${dayStamp(now)}.${format}`;
}

/**
 * Downloads the filtered customer list as CSV or XLSX (through the app's HTTP client, so the bearer
 * token and its refresh apply); throws `ProblemError` for an error answer. Returns the file name.
 */
export async function exportCustomers(filters: CustomerFilters, format: FileFormat): Promise<string> {
  const result = await http.GET('/api/v1/customers/export', { params: { query: toExportQuery(filters, format) }, parseAs: 'blob' });
  const blob = unwrap(result);
  const name = downloadName(result.response, 'customers', format);
  saveBlob(blob, name);
  return name;
}

/** Downloads the import template. Returns the file name. */
export async function downloadImportTemplate(format: FileFormat): Promise<string> {
  const result = await http.GET('/api/v1/customers/import/template', { params: { query: { format } }, parseAs: 'blob' });
  const blob = unwrap(result);
  const name = filenameFromDisposition(result.response.headers.get('Content-Disposition')) ?? `customer-import-template.${format}`;
  saveBlob(blob, name);
  return name;
}

/** Uploads `file` to POST /customers/import (multipart field `file`): a dry run only checks, writing nothing. */
export async function importCustomers(file: File, options: { dryRun: boolean; mode: ImportMode }): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    await http.POST('/api/v1/customers/import', {
      params: { query: { dryRun: options.dryRun, mode: options.mode } },
      // The typed body describes the multipart form; what is sent is the FormData itself
      // (the browser sets the multipart Content-Type with its boundary).
      body: { file: file.name },
      bodySerializer: () => form,
    }),
  );
}

/** Whether the file looks importable by its name (CSV or XLSX). */
export function isImportFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}
