/**
 * A `Content-Disposition` header that keeps a Chinese (any non-ASCII) file name: RFC 6266 with the
 * RFC 5987 `filename*` in UTF-8, which every current browser prefers, plus an ASCII `filename`
 * fallback for old clients. Quotes, backslashes, path separators and control characters never
 * reach the header (no header injection, no `../` on the client side).
 */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const clean = name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim() || 'file';
  const fallback = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unencoded; RFC 5987 attr-char does not allow them.
  const encoded = encodeURIComponent(clean).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
