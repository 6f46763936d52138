import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../i18n/locales/en/audit';
import zh from '../../../i18n/locales/zh-CN/audit';

/** libs/server of this checkout, found from wherever the test runs (the workspace or apps/web). */
function serverRoot(): string {
  for (let dir = process.cwd(); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'libs/server'))) return join(dir, 'libs/server');
  }
  throw new Error(`libs/server not found above ${process.cwd()}`);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' || name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * What the server writes into the audit log: the actions and object types it names (writeAudit),
 * and every table the audit subscriber records (entities not marked @NotAudited).
 */
function serverVocabulary(): { actions: Set<string>; types: Set<string> } {
  const actions = new Set<string>();
  const types = new Set<string>();
  for (const file of sources(serverRoot())) {
    const text = readFileSync(file, 'utf8');
    for (const [, action] of text.matchAll(/\baction: '([A-Z_]+)'/g)) actions.add(action);
    for (const [, type] of text.matchAll(/\bentityType: '([A-Za-z-]+)'/g)) types.add(type);
    for (const [, decorators, name] of text.matchAll(/((?:@\w+\([^)]*\)\s*)+)export class (\w+)/g)) {
      if (decorators.includes('@Entity(') && !decorators.includes('@NotAudited(')) types.add(name);
    }
  }
  return { actions, types };
}

describe('the audit log’s vocabulary', () => {
  const { actions, types } = serverVocabulary();

  it('finds what the server audits (the scan itself works)', () => {
    expect(actions).toContain('ALLOCATE');
    expect(types).toContain('Payment');
    expect(types).not.toContain('RefreshToken');
  });

  it('names every action and object type the server audits, in both languages (no “other action”)', () => {
    for (const [locale, messages] of [
      ['en', en.audit],
      ['zh-CN', zh.audit],
    ] as const) {
      const actionNames = messages.actions as Record<string, string>;
      const typeNames = messages.entities as Record<string, string>;
      expect([...actions].filter((a) => !actionNames[a.toLowerCase()]).map((a) => `${locale} ${a}`)).toEqual([]);
      expect([...types].filter((type) => !typeNames[type]).map((type) => `${locale} ${type}`)).toEqual([]);
    }
  });
});
