/**
 * File uploads with progress and authenticated downloads, shared by every domain that keeps files
 * (customer documents, contract attachments). The server judges size and kind (problems
 * `file-too-large` 413, `file-type-not-allowed` 415, `file-required` 400, each naming `file`); the
 * SPA checks the size first only to spare a long upload that would be refused.
 */
import { http, ProblemError, toProblem } from './http';
import { localTokenStore, type TokenStore } from './session';

/** One multipart upload: `body` holds the field `file` and any text fields. */
export interface UploadRequest {
  /** Absolute API path, e.g. `/api/v1/customers/<id>/documents`. */
  url: string;
  body: FormData;
  /** 0–1 as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** What came back: the status and the parsed JSON body (or null). */
export interface UploadAnswer {
  status: number;
  statusText: string;
  body: unknown;
}

/**
 * Sends an upload. The app's transport is XMLHttpRequest, the only browser API that reports upload
 * progress (fetch does not); tests install one on their fake fetch (`fetchUploadTransport`).
 */
export type UploadTransport = (request: UploadRequest) => Promise<UploadAnswer>;

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function xhrUploadTransport(tokens: TokenStore = localTokenStore, baseUrl = ''): UploadTransport {
  return (request) =>
    new Promise<UploadAnswer>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${baseUrl}${request.url}`);
      const token = tokens.getAccessToken();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) request.onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => resolve({ status: xhr.status, statusText: xhr.statusText, body: parseJson(xhr.responseText) });
      // Same error kinds as fetch, so `problemMessage` says "network error" / nothing for an abort.
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
      if (request.signal) {
        if (request.signal.aborted) return xhr.abort();
        request.signal.addEventListener('abort', () => xhr.abort(), { once: true });
      }
      xhr.send(request.body);
    });
}

/** An upload through a fetch function (no progress until done): for tests and environments without XHR. */
export function fetchUploadTransport(fetchFn: typeof globalThis.fetch, tokens: TokenStore, baseUrl = ''): UploadTransport {
  return async (request) => {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    const token = tokens.getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await fetchFn(new Request(`${baseUrl}${request.url}`, { method: 'POST', headers, body: request.body, signal: request.signal }));
    request.onProgress?.(1);
    return { status: response.status, statusText: response.statusText, body: parseJson(await response.text()) };
  };
}

let transport: UploadTransport = xhrUploadTransport();

/** Tests replace the transport (fake-api does it beside the HTTP client). */
export function setUploadTransport(value: UploadTransport): void {
  transport = value;
}

/**
 * Uploads `file` (multipart field `file`, plus text `fields`) to `url` and answers the created
 * record, or throws `ProblemError` for an error answer. An expired access token is refreshed through
 * the app's client (any call that gets a 401 refreshes it) and the upload is sent once more.
 */
export async function uploadFile<T>(
  url: string,
  file: File,
  options: { fields?: Record<string, string | undefined>; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  const body = new FormData();
  for (const [key, value] of Object.entries(options.fields ?? {})) if (value) body.append(key, value);
  body.append('file', file, file.name);
  const send = () => transport({ url, body, onProgress: options.onProgress, signal: options.signal });
  let answer = await send();
  if (answer.status === 401) {
    const me = await http.GET('/api/v1/auth/me');
    if (me.response.ok) answer = await send();
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw new ProblemError(toProblem(answer.body, new Response(null, { status: answer.status, statusText: answer.statusText })));
  }
  return answer.body as T;
}

/** What the list shows of a stored file (customer documents and contract attachments share it). */
export interface StoredFileItem {
  id: string;
  name: string;
  size: number;
  contentType: string;
  note?: string | null;
  /** A label beside the name, e.g. the attachment's kind (扫描件). */
  tag?: string | null;
  uploadedByName?: string | null;
  uploadedAt: string;
}

/** The bytes of a stored file, typed as the server sniffed them (so a preview renders it). */
export function asTypedBlob(blob: Blob, contentType: string): Blob {
  return blob.type === contentType ? blob : new Blob([blob], { type: contentType });
}

/** Kinds the browser shows itself: PDF in a frame, images as images. */
export function previewKind(contentType: string): 'pdf' | 'image' | null {
  if (contentType === 'application/pdf') return 'pdf';
  if (/^image\/(png|jpeg|gif|webp)$/.test(contentType)) return 'image';
  return null;
}

/** What the server accepts, for the file chooser's `accept` (the server still judges by content). */
export const UPLOAD_ACCEPT = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.zip',
].join(',');

/** `1.5 MB`, `820 KB`, `12 B`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toString()} MB`;
}
