import { buildOpenApiDocument } from '@kehu/server-core';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { settingsMigrations, SettingsModule } from '@kehu/server-settings';
import { ApprovalModule } from './approval.module';
import { approvalMigrations } from './migrations';

describe('OpenAPI of settings and approvals', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ApprovalModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations],
    });
  });
  afterAll(() => t.close());

  it('documents every operation with a summary, its permission and its schemas', () => {
    const doc = buildOpenApiDocument(t.app);
    const ours = Object.entries(doc.paths).filter(([path]) => /\/(dictionaries|settings|approvals|approval-chains)/.test(path));
    expect(ours.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '/api/v1/dictionaries',
        '/api/v1/dictionaries/{code}/items/{id}',
        '/api/v1/settings/rules/{key}',
        '/api/v1/settings/holidays/{date}',
        '/api/v1/approvals',
        '/api/v1/approvals/{id}/approve',
        '/api/v1/approval-chains/{subjectType}',
      ]),
    );
    for (const [path, item] of ours) {
      for (const [method, op] of Object.entries(item as Record<string, { summary?: string; 'x-permission'?: string }>)) {
        expect({ path, method, summary: !!op.summary, permission: !!op['x-permission'] }).toEqual({ path, method, summary: true, permission: true });
      }
    }
    for (const schema of ['ApprovalDto', 'ApprovalStepDto', 'DictionaryDto', 'DictionaryItemDto', 'RuleDto', 'HolidayDto', 'ApprovalChainDto']) {
      expect(doc.components?.schemas?.[schema]).toBeDefined();
    }
  });
});
