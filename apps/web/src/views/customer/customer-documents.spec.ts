import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { CustomerDocument } from '../../api/types';
import { resetRules } from '../../composables/use-rules';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import CustomerDocuments from './components/customer-documents.vue';

const original = http;
const BASE = '/api/v1/customers/c1/documents';

const doc = (over: Partial<CustomerDocument> = {}): CustomerDocument => ({
  id: 'd1',
  customerId: 'c1',
  name: '框架协议.pdf',
  size: 482113,
  contentType: 'application/pdf',
  sha256: 'e3b0',
  note: '2026 年度框架协议扫描件',
  uploadedById: 'u1',
  uploadedByName: '张伟',
  uploadedAt: '2026-12-01T02:00:00.000Z',
  ...over,
});

/** Rules as the server lists them: only the upload limit matters here. */
const rules = (mb: number) => () => json([{ key: 'fileMaxUploadMb', value: mb }]);

async function chooseFiles(wrapper: ReturnType<typeof mount>, files: File[]) {
  const input = wrapper.get<HTMLInputElement>('[data-testid="customer-documents-upload-input"]').element;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
  await flushPromises();
}

async function mountDocuments(permissions: string[]) {
  const { plugins, router } = setupApp(permissions);
  const wrapper = mount(CustomerDocuments, { props: { customerId: 'c1' }, global: { plugins }, attachTo: document.body });
  await router.isReady();
  await flushPromises();
  return wrapper;
}

describe('customer documents', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetRules();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('lists the documents and uploads a chosen file with its note as multipart, adding it to the list', async () => {
    const api = fakeApi({
      'GET /api/v1/settings/rules': rules(20),
      [`GET ${BASE}`]: () => json([doc()]),
      [`POST ${BASE}`]: () => json(doc({ id: 'd2', name: '营业执照.png', contentType: 'image/png', note: '年检后' }), 201),
    });
    const wrapper = await mountDocuments(['customer:read', 'customer-document:write']);
    expect(wrapper.get('[data-testid="customer-documents-list-table"]').text()).toContain('框架协议.pdf');
    expect(wrapper.text()).toContain('2026 年度框架协议扫描件');

    await wrapper.get('input[data-testid="customer-documents-note"]').setValue('年检后');
    await chooseFiles(wrapper, [new File(['png'], '营业执照.png', { type: 'image/png' })]);

    const post = must(api.calls.find((c) => c.method === 'POST'), 'upload');
    const form = post.body as FormData;
    // (jsdom's File loses its name on the way into the Request; the browser keeps it)
    expect(await (form.get('file') as File).text()).toBe('png');
    expect(form.get('note')).toBe('年检后');
    expect(post.headers.get('Authorization')).toBe('Bearer t');
    const rows = wrapper.get('[data-testid="customer-documents-list-table"]').text();
    expect(rows).toContain('营业执照.png');
    expect(rows.indexOf('营业执照.png')).toBeLessThan(rows.indexOf('框架协议.pdf'));
    // The note belongs to the file just sent, not to the next one.
    expect((wrapper.get('input[data-testid="customer-documents-note"]').element as HTMLInputElement).value).toBe('');
  });

  it('refuses a file over the fileMaxUploadMb rule before sending a byte', async () => {
    const api = fakeApi({ 'GET /api/v1/settings/rules': rules(1), [`GET ${BASE}`]: () => json([]) });
    const wrapper = await mountDocuments(['customer:read', 'customer-document:write']);
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    await chooseFiles(wrapper, [big]);
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(wrapper.get('[data-testid="customer-documents-upload-error"]').text()).toBe('Larger than 1 MB: not uploaded');
  });

  it('shows why the server refused a file (its kind, judged by content), leaving the list unchanged', async () => {
    fakeApi({
      'GET /api/v1/settings/rules': rules(20),
      [`GET ${BASE}`]: () => json([]),
      [`POST ${BASE}`]: () =>
        new Response(
          JSON.stringify({
            type: 'https://kehu.dev/problems/file-type-not-allowed',
            title: 'This kind of file is not accepted',
            status: 415,
            errors: [{ field: 'file', message: 'an executable', code: 'type' }],
          }),
          { status: 415, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const wrapper = await mountDocuments(['customer:read', 'customer-document:write']);
    await chooseFiles(wrapper, [new File(['MZ'], 'invoice.pdf', { type: 'application/pdf' })]);
    const item = wrapper.get('[data-testid="customer-documents-upload-item"]');
    expect(item.attributes('data-status')).toBe('error');
    expect(item.text()).toContain('This kind of file is not accepted (PDF, images, Word, Excel, PowerPoint or zip)');
    expect(wrapper.get('[data-testid="customer-documents-list-table"]').text()).not.toContain('invoice.pdf');
  });

  it('previews a PDF from the bytes fetched with the token, and offers no upload or delete without customer-document:write', async () => {
    const api = fakeApi({
      'GET /api/v1/settings/rules': rules(20),
      [`GET ${BASE}`]: () => json([doc()]),
      [`GET ${BASE}/d1`]: () => new Response(new Blob(['%PDF-1.4']), { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    });
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:preview/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const wrapper = await mountDocuments(['customer:read']);
    expect(wrapper.find('[data-testid="customer-documents-upload"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="customer-documents-list-remove-框架协议.pdf"]').exists()).toBe(false);

    await wrapper.get('[data-testid="customer-documents-list-preview-框架协议.pdf"]').trigger('click');
    await flushPromises();
    const download = must(api.calls.find((c) => c.path === `${BASE}/d1`), 'download');
    expect(download.headers.get('Authorization')).toBe('Bearer t');
    const frame = must(document.body.querySelector<HTMLIFrameElement>('[data-testid="customer-documents-list-preview-pdf"]'), 'pdf frame');
    expect(frame.getAttribute('src')).toBe('blob:preview/1');
    expect(made[0].type).toBe('application/pdf');
  });

  it('removes a document after confirmation', async () => {
    let docs = [doc()];
    const api = fakeApi({
      'GET /api/v1/settings/rules': rules(20),
      [`GET ${BASE}`]: () => json(docs),
      [`DELETE ${BASE}/d1`]: () => {
        docs = [];
        return json(null, 204);
      },
    });
    const wrapper = await mountDocuments(['customer:read', 'customer-document:write']);
    await wrapper.get('[data-testid="customer-documents-list-remove-框架协议.pdf"]').trigger('click');
    await flushPromises();
    must(document.body.querySelector<HTMLButtonElement>('.confirm-dialog .el-button--primary'), 'confirm button').click();
    await flushPromises();
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === `${BASE}/d1`)).toBe(true);
    expect(wrapper.get('[data-testid="customer-documents-list-table"]').text()).not.toContain('框架协议.pdf');
  });
});
