import { ref } from 'vue';

const ACCESS_KEY = 'kehu.accessToken';
const REFRESH_KEY = 'kehu.refreshToken';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    /* storage unavailable (private mode): keep tokens in memory only */
  }
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Where the HTTP layer reads and writes the tokens; the default keeps them in localStorage. */
export interface TokenStore {
  getAccessToken(): string | null;
  getRefreshToken(): string | null;
  setTokens(tokens: Tokens): void;
  clear(): void;
}

/** Reactive tokens mirrored to localStorage. */
export const accessToken = ref<string | null>(read(ACCESS_KEY));
export const refreshToken = ref<string | null>(read(REFRESH_KEY));

export const localTokenStore: TokenStore = {
  getAccessToken: () => accessToken.value,
  getRefreshToken: () => refreshToken.value,
  setTokens(tokens) {
    accessToken.value = tokens.accessToken;
    refreshToken.value = tokens.refreshToken;
    write(ACCESS_KEY, tokens.accessToken);
    write(REFRESH_KEY, tokens.refreshToken);
  },
  clear() {
    accessToken.value = null;
    refreshToken.value = null;
    write(ACCESS_KEY, null);
    write(REFRESH_KEY, null);
  },
};

/** An in-memory store, for tests. */
export function memoryTokenStore(initial?: Partial<Tokens>): TokenStore {
  let access = initial?.accessToken ?? null;
  let refresh = initial?.refreshToken ?? null;
  return {
    getAccessToken: () => access,
    getRefreshToken: () => refresh,
    setTokens(t) {
      access = t.accessToken;
      refresh = t.refreshToken;
    },
    clear() {
      access = null;
      refresh = null;
    },
  };
}
