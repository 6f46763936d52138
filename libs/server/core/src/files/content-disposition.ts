/**
 * A `Content-Disposition` header that keeps a Chinese (any non-ASCII) file name: RFC 6266 with the
 * RFC 5987 `filename*` in UTF-8, which every current browser prefers, plus an ASCII `filename`
 * fallback for old clients. Quotes, backslashes, path separators and control characters never
 * reach the header (no header injection, no `../` on the client side).
 */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const clean = [...name].map((c) => (isControl(c) || c === '/' || c === '\\' ? '_' : c)).join('').trim() || 'file';
  const fallback = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unencoded; RFC 5987 attr-char does not allow them.
  const encoded = encodeURIComponent(clean).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** C0 controls and DEL: never part of a header or a kept file name. */
export function isControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
