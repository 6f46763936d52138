/**
 * INTERIM: the few endpoints of the brief that the generated client (`@kehu/api-client`) does not
 * describe yet — dictionaries, business rules and approvals. `types.ts` merges them UNDER the
 * generated paths (a generated path always wins), so this file can simply be deleted once
 * libs/api-client/src/schema.ts contains them.
 */
import type { components } from '@kehu/api-client';

type Problem = { content: { 'application/problem+json': components['schemas']['ProblemDto'] } };
type Json<T> = { content: { 'application/json': T } };
type Errors = { 400: Problem; 401: Problem; 403: Problem; 404: Problem; 409: Problem };
type Page<T> = components['schemas']['PageDto'] & { items: T[] };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type PathParams<P> = { query?: never; header?: never; path: P; cookie?: never };
type LocalizedText = components['schemas']['LocalizedNameDto'];

export interface PendingSchemas {
  DictionaryItemDto: {
    id: string;
    code: string;
    label: string;
    labelEn: string | null;
    sortOrder: number;
    enabled: boolean;
  };
  DictionaryDto: { code: string; name: string; description: string | null; items: PendingSchemas['DictionaryItemDto'][] };
  RuleDto: {
    key: string;
    group: string;
    type: 'integer' | 'decimal' | 'boolean' | 'string';
    value: number | string | boolean;
    defaultValue: number | string | boolean;
    min: number | null;
    max: number | null;
    unit: string | null;
    description: LocalizedText;
  };
  ApprovalStepDto: {
    index: number;
    approverKind: 'ROLE' | 'DEPARTMENT_MANAGER';
    roleCode: string | null;
    status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'WAITING';
    decidedBy: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
    comment: string | null;
  };
  ApprovalDto: {
    id: string;
    subjectType: string;
    subjectId: string;
    subjectTitle: string;
    requesterId: string;
    requesterName: string;
    reason: string | null;
    status: 'pending' | 'approved' | 'rejected';
    currentStep: number;
    steps: PendingSchemas['ApprovalStepDto'][];
    createdAt: string;
    decidedAt: string | null;
  };
}
type S = PendingSchemas;

export interface PendingPaths {
  '/api/v1/dictionaries': {
    get: { parameters: NoParams; requestBody?: never; responses: { 200: Json<S['DictionaryDto'][]> } & Errors };
  };
  '/api/v1/dictionaries/{code}/items': {
    post: {
      parameters: PathParams<{ code: string }>;
      requestBody: Json<{ code: string; label: string; labelEn?: string | null; sortOrder?: number }>;
      responses: { 201: Json<S['DictionaryItemDto']> } & Errors;
    };
  };
  '/api/v1/dictionaries/{code}/items/{id}': {
    patch: {
      parameters: PathParams<{ code: string; id: string }>;
      requestBody: Json<{ label?: string; labelEn?: string | null; sortOrder?: number; enabled?: boolean }>;
      responses: { 200: Json<S['DictionaryItemDto']> } & Errors;
    };
  };
  '/api/v1/settings/rules': {
    get: { parameters: NoParams; requestBody?: never; responses: { 200: Json<S['RuleDto'][]> } & Errors };
  };
  '/api/v1/settings/rules/{key}': {
    put: {
      parameters: PathParams<{ key: string }>;
      requestBody: Json<{ value: S['RuleDto']['value'] }>;
      responses: { 200: Json<S['RuleDto']> } & Errors;
    };
  };
  '/api/v1/approvals': {
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          sort?: string;
          status?: 'pending' | 'approved' | 'rejected';
          mine?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: Json<Page<S['ApprovalDto']>> } & Errors;
    };
  };
  '/api/v1/approvals/{id}/approve': {
    post: {
      parameters: PathParams<{ id: string }>;
      requestBody: Json<{ comment?: string }>;
      responses: { 200: Json<S['ApprovalDto']> } & Errors;
    };
  };
  '/api/v1/approvals/{id}/reject': {
    post: {
      parameters: PathParams<{ id: string }>;
      requestBody: Json<{ comment: string }>;
      responses: { 200: Json<S['ApprovalDto']> } & Errors;
    };
  };
}
