/**
 * TEMPORARY hand-written contract, shaped like openapi-typescript output.
 * Delete as soon as libs/api-client/src/schema.ts (`@kehu/api-client`) exists.
 */
/* eslint-disable @typescript-eslint/no-empty-object-type */

type Json<T> = { content: { 'application/json': T } };
type Problem = { content: { 'application/problem+json': components['schemas']['ProblemDto'] } };
type Params<Query, Path> = {
  query?: [Query] extends [never] ? never : Query;
  header?: { 'If-Match'?: string };
  cookie?: never;
} & ([Path] extends [never] ? { path?: never } : { path: Path });
type Op<Res, Body = never, Query = never, Path = never, Status extends number = 200> = {
  parameters: Params<Query, Path>;
  responses: { [S in Status]: [Res] extends [void] ? { content?: never } : Json<Res> } & {
    400: Problem; 401: Problem; 403: Problem; 404: Problem; 409: Problem; 412: Problem; 423: Problem; 429: Problem;
  };
} & ([Body] extends [never] ? { requestBody?: never } : { requestBody: Json<Body> });
type Id = { id: string };
type ListQuery = { page?: number; pageSize?: number; sort?: string; q?: string };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type S = components['schemas'];

export interface components {
  schemas: {
    FieldErrorDto: { field: string; message: string; code?: string };
    ProblemDto: {
      type: string; title: string; status: number; detail?: string; instance?: string; requestId?: string;
      errors?: S['FieldErrorDto'][];
    };
    RoleRefDto: { id: string; code: string; name: string };
    MeDto: {
      id: string; username: string; displayName: string; email: string | null; mobile: string | null;
      departmentId: string | null; departmentName: string | null; roles: S['RoleRefDto'][];
      permissions: string[]; dataScope: S['RoleDto']['dataScope']; mustChangePassword: boolean;
    };
    TokenResponseDto: {
      accessToken: string; refreshToken: string; expiresIn: number; tokenType: 'Bearer'; user: S['MeDto'];
    };
    UserDto: {
      id: string; username: string; displayName: string; email: string | null; mobile: string | null;
      departmentId: string | null; departmentName: string | null; roles: S['RoleRefDto'][]; disabled: boolean;
      lockedUntil: string | null; lastLoginAt: string | null; createdAt: string; version: number;
    };
    CreateUserDto: {
      username: string; displayName: string; password: string; email?: string; mobile?: string;
      departmentId?: string; roleIds: string[];
    };
    UpdateUserDto: { displayName?: string; email?: string; mobile?: string; departmentId?: string; roleIds?: string[] };
    DepartmentDto: {
      id: string; name: string; parentId: string | null; sortOrder: number; managerId: string | null;
      managerName: string | null; memberCount: number;
    };
    DepartmentNodeDto: S['DepartmentDto'] & { children: S['DepartmentNodeDto'][] };
    RoleDto: {
      id: string; code: string; name: string; description: string | null; permissions: string[];
      dataScope: 'SELF' | 'DEPARTMENT' | 'DEPARTMENT_AND_CHILDREN' | 'ALL'; builtIn: boolean; userCount: number;
    };
    LocalizedTextDto: { en: string; zh: string };
    PermissionGroupDto: {
      code: string; name: S['LocalizedTextDto']; permissions: { code: string; name: S['LocalizedTextDto'] }[];
    };
    ApiKeyDto: {
      id: string; name: string; prefix: string; roleId: string; roleName: string; expiresAt: string;
      revokedAt: string | null; lastUsedAt: string | null; createdAt: string;
    };
    DictionaryItemDto: {
      id: string; code: string; label: string; labelEn: string | null; sortOrder: number; enabled: boolean;
    };
    DictionaryDto: { code: string; name: string; description: string | null; items: S['DictionaryItemDto'][] };
    RuleDto: {
      key: string; group: string; type: 'integer' | 'decimal' | 'boolean' | 'string';
      value: number | string | boolean; defaultValue: number | string | boolean; min: number | null;
      max: number | null; unit: string | null; description: S['LocalizedTextDto'];
    };
    AuditLogDto: {
      id: string; at: string; actorId: string | null; actorName: string | null; action: string; entityType: string;
      entityId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null;
      requestId: string | null; ip: string | null;
    };
    ApprovalStepDto: {
      index: number; approverKind: 'ROLE' | 'DEPARTMENT_MANAGER'; roleCode: string | null;
      status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'WAITING'; decidedBy: string | null; decidedByName: string | null;
      decidedAt: string | null; comment: string | null;
    };
    ApprovalDto: {
      id: string; subjectType: string; subjectId: string; subjectTitle: string; requesterId: string;
      requesterName: string; reason: string | null; status: 'pending' | 'approved' | 'rejected'; currentStep: number;
      steps: S['ApprovalStepDto'][]; createdAt: string; decidedAt: string | null;
    };
  };
}

export interface paths {
  '/api/v1/auth/login': { post: Op<S['TokenResponseDto'], { username: string; password: string }> };
  '/api/v1/auth/refresh': { post: Op<S['TokenResponseDto'], { refreshToken: string }> };
  '/api/v1/auth/logout': { post: Op<void, { refreshToken: string }, never, never, 204> };
  '/api/v1/auth/me': { get: Op<S['MeDto']> };
  '/api/v1/auth/change-password': {
    post: Op<void, { currentPassword: string; newPassword: string }, never, never, 204>;
  };
  '/api/v1/users': {
    get: Op<Page<S['UserDto']>, never, ListQuery & { departmentId?: string; disabled?: boolean; roleId?: string }>;
    post: Op<S['UserDto'], S['CreateUserDto'], never, never, 201>;
  };
  '/api/v1/users/{id}': {
    get: Op<S['UserDto'], never, never, Id>;
    patch: Op<S['UserDto'], S['UpdateUserDto'], never, Id>;
  };
  '/api/v1/users/{id}/disable': { post: Op<void, never, never, Id, 204> };
  '/api/v1/users/{id}/enable': { post: Op<void, never, never, Id, 204> };
  '/api/v1/users/{id}/unlock': { post: Op<void, never, never, Id, 204> };
  '/api/v1/users/{id}/reset-password': { post: Op<void, { newPassword: string }, never, Id, 204> };
  '/api/v1/departments': {
    get: Op<S['DepartmentDto'][]>;
    post: Op<S['DepartmentDto'], { name: string; parentId?: string; sortOrder?: number; managerId?: string }, never, never, 201>;
  };
  '/api/v1/departments/tree': { get: Op<S['DepartmentNodeDto'][]> };
  '/api/v1/departments/{id}': {
    patch: Op<S['DepartmentDto'], { name?: string; sortOrder?: number; managerId?: string | null }, never, Id>;
    delete: Op<void, never, never, Id, 204>;
  };
  '/api/v1/departments/{id}/move': { post: Op<S['DepartmentDto'], { parentId: string | null }, never, Id, 201> };
  '/api/v1/roles': {
    get: Op<S['RoleDto'][]>;
    post: Op<
      S['RoleDto'],
      { code: string; name: string; description?: string; permissions: string[]; dataScope: S['RoleDto']['dataScope'] },
      never, never, 201
    >;
  };
  '/api/v1/roles/{id}': {
    patch: Op<
      S['RoleDto'],
      { name?: string; description?: string; permissions?: string[]; dataScope?: S['RoleDto']['dataScope'] },
      never, Id
    >;
    delete: Op<void, never, never, Id, 204>;
  };
  '/api/v1/permissions': { get: Op<S['PermissionGroupDto'][]> };
  '/api/v1/api-keys': {
    get: Op<S['ApiKeyDto'][]>;
    post: Op<S['ApiKeyDto'] & { secret: string }, { name: string; roleId: string; expiresAt: string }, never, never, 201>;
  };
  '/api/v1/api-keys/{id}/revoke': { post: Op<void, never, never, Id, 204> };
  '/api/v1/dictionaries': { get: Op<S['DictionaryDto'][]> };
  '/api/v1/dictionaries/{code}/items': {
    post: Op<S['DictionaryItemDto'], { code: string; label: string; labelEn?: string; sortOrder?: number }, never, { code: string }, 201>;
  };
  '/api/v1/dictionaries/{code}/items/{id}': {
    patch: Op<
      S['DictionaryItemDto'],
      { label?: string; labelEn?: string; sortOrder?: number; enabled?: boolean },
      never, { code: string; id: string }
    >;
  };
  '/api/v1/settings/rules': { get: Op<S['RuleDto'][]> };
  '/api/v1/settings/rules/{key}': { put: Op<S['RuleDto'], { value: unknown }, never, { key: string }> };
  '/api/v1/audit-logs': {
    get: Op<
      Page<S['AuditLogDto']>,
      never,
      ListQuery & { actorId?: string; entityType?: string; entityId?: string; action?: string; from?: string; to?: string }
    >;
  };
  '/api/v1/approvals': {
    get: Op<Page<S['ApprovalDto']>, never, ListQuery & { status?: 'pending' | 'approved' | 'rejected'; mine?: boolean }>;
  };
  '/api/v1/approvals/{id}/approve': { post: Op<S['ApprovalDto'], { comment?: string }, never, Id, 201> };
  '/api/v1/approvals/{id}/reject': { post: Op<S['ApprovalDto'], { comment: string }, never, Id, 201> };
}
