/**
 * Names for the API shapes the SPA uses, all derived from the generated OpenAPI types
 * (never hand-written): change the import below only.
 */
import type { components, paths } from '@kehu/api-client';

export type { components, paths };

type Ok<R> = R extends { 200: infer A } ? A : R extends { 201: infer B } ? B : never;
type JsonContent<C> = C extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON body of the success answer of `method path`. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? JsonContent<Ok<R>>
  : never;
/** The JSON request body of `method path`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer B }
  ? JsonContent<NonNullable<B>>
  : never;
/** The query parameters of `method path`. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

type Item<L> = L extends { items: (infer I)[] } ? I : L extends (infer I)[] ? I : never;

export type Me = ResponseOf<'/api/v1/auth/me', 'get'>;
export type LoginResponse = ResponseOf<'/api/v1/auth/login', 'post'>;
export type User = Item<ResponseOf<'/api/v1/users', 'get'>>;
export type UserQuery = QueryOf<'/api/v1/users', 'get'>;
export type CreateUserBody = BodyOf<'/api/v1/users', 'post'>;
export type UpdateUserBody = BodyOf<'/api/v1/users/{id}', 'patch'>;
export type Department = Item<ResponseOf<'/api/v1/departments', 'get'>>;
export type DepartmentNode = Item<ResponseOf<'/api/v1/departments/tree', 'get'>>;
export type Role = Item<ResponseOf<'/api/v1/roles', 'get'>>;
export type DataScope = Role['dataScope'];
export type PermissionGroup = Item<ResponseOf<'/api/v1/permissions', 'get'>>;
export type ApiKey = Item<ResponseOf<'/api/v1/api-keys', 'get'>>;
export type CreatedApiKey = ResponseOf<'/api/v1/api-keys', 'post'>;
export type Dictionary = Item<ResponseOf<'/api/v1/dictionaries', 'get'>>;
export type DictionaryItem = Item<Dictionary['items']>;
export type Rule = Item<ResponseOf<'/api/v1/settings/rules', 'get'>>;
export type Holiday = Item<ResponseOf<'/api/v1/settings/holidays', 'get'>>;
export type CreateHolidayBody = BodyOf<'/api/v1/settings/holidays', 'post'>;
export type AuditLog = Item<ResponseOf<'/api/v1/audit-logs', 'get'>>;
export type AuditLogQuery = QueryOf<'/api/v1/audit-logs', 'get'>;
export type Approval = Item<ResponseOf<'/api/v1/approvals', 'get'>>;
export type ApprovalStep = Item<Approval['steps']>;
export type ApprovalQuery = QueryOf<'/api/v1/approvals', 'get'>;
export type ApprovalStatus = Approval['status'];
export type ApprovalStepStatus = ApprovalStep['status'];
export type ApproveBody = BodyOf<'/api/v1/approvals/{id}/approve', 'post'>;

/** RFC 9457 problem details, as the API answers every error. */
export type Problem = components['schemas']['ProblemDto'];
export type FieldError = NonNullable<Problem['errors']>[number];
