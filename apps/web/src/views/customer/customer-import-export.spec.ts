import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { ImportReport } from '../../api/types';
import { resetDictionaries } from '../../composables/use-dictionaries';
import { fakeApi, json, must, problem } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import { dayStamp, filenameFromDisposition } from '../../utils/download';
import CustomerImportDialog from './components/customer-import-dialog.vue';
import { downloadName, toExportQuery } from './customer-files';
import { emptyFilters } from './customer-query';
import CustomersPage from './list/index.vue';

const original = http;
const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fileAnswer(content: string, type: string, filename?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': type };
  if (filename) headers['Content-Disposition'] = `attachment; filename="${filename}"`;
  return new Response(content, { status: 200, headers });
}

const report = (dryRun: boolean, mode: 'create' | 'upsert' = 'create'): ImportReport => ({
  dryRun,
  mode,
  totals: { created: 2, updated: 0, duplicate: 1, rejected: 1 },
  rows: [
    { row: 2, outcome: 'created', ...(dryRun ? {} : { customerId: 'c2', code: 'KH0002' }) },
    { row: 3, outcome: 'duplicate', customerId: 'c9', code: 'KH0009', field: 'name', reason: 'matches 靖江市春意空调有限公司' },
    { row: 4, outcome: 'rejected', field: 'industry', reason: '"石油" is not an item of the industry dictionary' },
    { row: 5, outcome: 'created', ...(dryRun ? {} : { customerId: 'c5', code: 'KH0005' }) },
  ],
});

/** Chooses `file` in the dialog's el-upload (its hidden file input). */
async function chooseFile(file: File) {
  const input = must(document.body.querySelector<HTMLInputElement>('[data-testid="customers-import-file"] input[type="file"]'), 'file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await flushPromises();
}

/** What `saveBlob` handed to the browser: the link's download names and the blobs. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: must(blobs.get(this.href)) });
  });
  return saved;
}

const listRoutes = {
  'GET /api/v1/customers': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
  'GET /api/v1/dictionaries': () => json([]),
  'GET /api/v1/customer-categories': () => json([]),
  'GET /api/v1/departments/tree': () => json([]),
};

describe('customer import and export', { timeout: 60000 }, () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    setHttpClient(original);
    resetDictionaries();
    document.body.innerHTML = '';
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('builds the export query from the list filters: same filters, no page, pageSize or sort', () => {
    expect(toExportQuery(emptyFilters(), 'csv')).toEqual({ format: 'csv' });
    const query = toExportQuery(
      { ...emptyFilters(), q: ' 春意 ', status: 'FORMAL', ownerId: 'u7', region: 'js', created: ['2026-03-01', '2026-03-31'], mine: true },
      'xlsx',
    );
    expect(query).toEqual({
      q: '春意',
      status: 'FORMAL',
      ownerId: 'u7',
      region: 'js',
      createdFrom: new Date(2026, 2, 1).toISOString(),
      createdTo: new Date(2026, 3, 1).toISOString(),
      mine: true,
      format: 'xlsx',
    });
    expect(query).not.toHaveProperty('page');
    expect(query).not.toHaveProperty('pageSize');
    expect(query).not.toHaveProperty('sort');
  });

  it('names downloads from Content-Disposition, else customers-YYYYMMDD.<format>', () => {
    expect(filenameFromDisposition('attachment; filename="customers-20260501.csv"')).toBe('customers-20260501.csv');
    expect(filenameFromDisposition("attachment; filename=\"x.csv\"; filename*=UTF-8''%E5%AE%A2%E6%88%B7.xlsx")).toBe('客户.xlsx');
    expect(filenameFromDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromDisposition('attachment')).toBeUndefined();
    expect(filenameFromDisposition(null)).toBeUndefined();
    const day = new Date(2026, 0, 9);
    expect(dayStamp(day)).toBe('20260109');
    expect(downloadName(new Response(''), 'customers', 'xlsx', day)).toBe('customers-20260109.xlsx');
    const named = new Response('', { headers: { 'Content-Disposition': 'attachment; filename="customers-20260101.csv"' } });
    expect(downloadName(named, 'customers', 'csv', day)).toBe('customers-20260101.csv');
  });

  it('export downloads the searched list with the bearer token and the server file name; problems become messages', async () => {
    const saved = captureDownloads();
    let exportAnswer = () => fileAnswer('客户编号,客户名称\n', 'text/csv; charset=utf-8', 'customers-20260501.csv');
    const api = fakeApi({ ...listRoutes, 'GET /api/v1/customers/export': () => exportAnswer() });
    const { plugins } = setupApp(['customer:read', 'customer:export']);
    const wrapper = mount(CustomersPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(byTestId('customers-import')).toBeNull();
    await wrapper.get('input[data-testid="customers-search-q"]').setValue('春意');
    // typed but not searched yet: the export follows the list as shown
    await wrapper.get('[data-testid="customers-filter-mine"]').find('input').setValue(true);
    await wrapper.get('[data-testid="customers-search"]').trigger('click');
    await flushPromises();
    await wrapper.get('input[data-testid="customers-search-q"]').setValue('not searched');

    await wrapper.get('[data-testid="customers-export"]').trigger('click');
    await vi.waitFor(() => expect(byTestId('customers-export-csv')).not.toBeNull());
    must(byTestId('customers-export-csv')).click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const call = must(api.calls.find((c) => c.path === '/api/v1/customers/export'));
    expect(Object.fromEntries(call.url.searchParams)).toEqual({ q: '春意', mine: 'true', format: 'csv' });
    expect(call.headers.get('Authorization')).toBe('Bearer t');
    expect(saved[0].name).toBe('customers-20260501.csv');
    expect(await saved[0].blob.text()).toContain('客户名称');

    // no file name from the server: customers-YYYYMMDD.xlsx
    exportAnswer = () => fileAnswer('PK', XLSX);
    must(byTestId('customers-export-xlsx')).click();
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(api.calls.filter((c) => c.path === '/api/v1/customers/export').at(-1)?.url.searchParams.get('format')).toBe('xlsx');
    expect(saved[1].name).toBe(`customers-${dayStamp()}.xlsx`);

    exportAnswer = () => problem(400, 'Invalid query', [{ field: 'createdFrom', message: 'must be a date' }]);
    must(byTestId('customers-export-csv')).click();
    await vi.waitFor(() => expect(document.body.querySelector('.el-message--error')?.textContent).toContain('Invalid query'));
    expect(saved).toHaveLength(2);
  });

  it('shows neither button without customer:import / customer:export', async () => {
    fakeApi(listRoutes);
    const { plugins } = setupApp(['customer:read']);
    mount(CustomersPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(byTestId('customers-page')).not.toBeNull();
    expect(byTestId('customers-export')).toBeNull();
    expect(byTestId('customers-import')).toBeNull();
  });

  it('import wizard: dry run, report with totals and problem rows, then the real import refreshes the list', async () => {
    const api = fakeApi({
      ...listRoutes,
      'POST /api/v1/customers/import': (request) => {
        const url = new URL(request.url);
        return json(report(url.searchParams.get('dryRun') === 'true', url.searchParams.get('mode') as 'create' | 'upsert'));
      },
    });
    const { plugins } = setupApp(['customer:read', 'customer:import']);
    const wrapper = mount(CustomersPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(byTestId('customers-export')).toBeNull();
    const listCalls = () => api.calls.filter((c) => c.path === '/api/v1/customers').length;
    const listsBefore = listCalls();

    await wrapper.get('[data-testid="customers-import"]').trigger('click');
    await flushPromises();
    await chooseFile(new File(['客户名称\n靖江市春意空调有限公司\n'], 'customers.csv', { type: 'text/csv' }));
    must(byTestId('customers-import-mode-upsert')).querySelector('input')?.click();
    await flushPromises();
    must(byTestId('customers-import-check')).click();
    await vi.waitFor(() => expect(byTestId('customers-import-report')).not.toBeNull());

    const imports = () => api.calls.filter((c) => c.path === '/api/v1/customers/import');
    expect(imports()).toHaveLength(1);
    expect(Object.fromEntries(imports()[0].url.searchParams)).toEqual({ dryRun: 'true', mode: 'upsert' });
    // (jsdom's File loses its name on the way into the Request; the browser keeps it)
    const sent = imports()[0].body as FormData;
    const uploaded = sent.get('file') as File;
    expect(await uploaded.text()).toContain('靖江市春意空调有限公司');
    expect(imports()[0].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);

    // totals as tags (dry-run wording), problems first
    expect(byTestId('customers-import-total-created')?.textContent).toContain('To create: 2');
    expect(byTestId('customers-import-total-duplicate')?.textContent).toContain('Duplicate: 1');
    expect(byTestId('customers-import-total-rejected')?.textContent).toContain('Rejected: 1');
    expect(byTestId('customers-import-summary')?.textContent).toContain('nothing has been written');
    const rows = () => [...document.body.querySelectorAll('[data-testid="customers-import-rows"] tbody tr')].map((tr) => tr.textContent ?? '');
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toContain('3');
    expect(rows()[0]).toContain('KH0009');
    expect(rows()[1]).toContain('Industry');
    expect(rows()[1]).toContain('is not an item of the industry dictionary');
    must(byTestId('customers-import-problems-only')).querySelector('input')?.click();
    await flushPromises();
    expect(rows()).toHaveLength(4);
    expect(byTestId('customers-import-outcome-2')?.textContent).toContain('To create');
    expect(listCalls()).toBe(listsBefore);

    must(byTestId('customers-import-commit')).click();
    await vi.waitFor(() => expect(imports()).toHaveLength(2));
    expect(Object.fromEntries(imports()[1].url.searchParams)).toEqual({ dryRun: 'false', mode: 'upsert' });
    await vi.waitFor(() => expect(byTestId('customers-import-summary')?.textContent).toContain('Imported 4 row(s)'));
    expect(byTestId('customers-import-total-created')?.textContent).toContain('Created: 2');
    expect(byTestId('customers-import-commit')).toBeNull();
    await vi.waitFor(() => expect(listCalls()).toBe(listsBefore + 1));
    expect(document.body.querySelector('.el-message--success')?.textContent).toContain('2 created, 0 updated');
  });

  it('import wizard: problems with the file are shown on the file field, before and after uploading', async () => {
    let answer = () => problem(400, 'The file cannot be imported', [{ field: 'file', message: 'has no header row', code: 'isImportFile' }]);
    const api = fakeApi({ 'POST /api/v1/customers/import': () => answer() });
    const { plugins } = setupApp(['customer:import']);
    const wrapper = mount(CustomerImportDialog, { global: { plugins }, attachTo: document.body });
    wrapper.vm.open();
    await flushPromises();
    const fileError = () => document.body.querySelector('[data-testid="customers-import-form"] .el-form-item__error')?.textContent?.trim();

    // nothing chosen, or the wrong kind of file: no upload
    must(byTestId('customers-import-check')).click();
    await vi.waitFor(() => expect(fileError()).toBe('Choose a CSV or Excel file first'));
    await chooseFile(new File(['x'], 'notes.pdf', { type: 'application/pdf' }));
    await vi.waitFor(() => expect(fileError()).toBe('Only CSV (.csv) or Excel (.xlsx) files can be imported'));
    must(byTestId('customers-import-check')).click();
    await flushPromises();
    expect(api.calls).toHaveLength(0);

    // the server's 400 names the file
    await chooseFile(new File(['PK'], 'customers.xlsx', { type: XLSX }));
    await vi.waitFor(() => expect(fileError()).toBeUndefined());
    must(byTestId('customers-import-check')).click();
    // the server's field error, translated by its code
    await vi.waitFor(() => expect(fileError()).toBe('The file cannot be imported; check its format and header row'));
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].url.searchParams.get('dryRun')).toBe('true');
    expect(api.calls[0].url.searchParams.get('mode')).toBe('create');
    expect(byTestId('customers-import-report')).toBeNull();

    // a 413 without field errors (e.g. from a proxy) becomes a message
    answer = () => problem(413, 'Payload Too Large');
    must(byTestId('customers-import-check')).click();
    await vi.waitFor(() => expect(document.body.querySelector('.el-message--error')?.textContent).toContain('Payload Too Large'));
    expect(wrapper.emitted('imported')).toBeUndefined();
  });

  it('import wizard: nothing to write keeps Import disabled; template links download with the server name', async () => {
    const saved = captureDownloads();
    const api = fakeApi({
      'POST /api/v1/customers/import': () =>
        json({ dryRun: true, mode: 'create', totals: { created: 0, updated: 0, duplicate: 0, rejected: 1 }, rows: [{ row: 2, outcome: 'rejected', field: 'name', reason: 'is required' }] }),
      'GET /api/v1/customers/import/template': (request) => {
        const format = new URL(request.url).searchParams.get('format');
        return fileAnswer('客户名称', format === 'xlsx' ? XLSX : 'text/csv', `customer-import-template.${format}`);
      },
    });
    const { plugins } = setupApp(['customer:import']);
    const wrapper = mount(CustomerImportDialog, { global: { plugins }, attachTo: document.body });
    wrapper.vm.open();
    await flushPromises();
    must(byTestId('customers-import-template-xlsx')).click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('customer-import-template.xlsx');
    expect(must(api.calls.find((c) => c.path === '/api/v1/customers/import/template')).url.searchParams.get('format')).toBe('xlsx');

    await chooseFile(new File(['x'], 'c.csv', { type: 'text/csv' }));
    must(byTestId('customers-import-check')).click();
    await vi.waitFor(() => expect(byTestId('customers-import-report')).not.toBeNull());
    expect(must(byTestId('customers-import-commit')).hasAttribute('disabled')).toBe(true);
    expect(byTestId('customers-import-rows')?.textContent).toContain('Full name');
    must(byTestId('customers-import-back')).click();
    await flushPromises();
    expect(byTestId('customers-import-form')).not.toBeNull();
  });
});
