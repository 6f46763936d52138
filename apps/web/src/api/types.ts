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

export type Customer = components['schemas']['CustomerDto'];
export type CustomerStatus = components['schemas']['CustomerStatus'];
export type CustomerQuery = QueryOf<'/api/v1/customers', 'get'>;
export type CustomerStage = components['schemas']['CustomerStage'];
export type PoolReason = components['schemas']['PoolReason'];
export type PoolCustomer = components['schemas']['PoolCustomerDto'];
export type PoolCustomerDetail = components['schemas']['PoolCustomerDetailDto'];
export type PoolQuery = QueryOf<'/api/v1/customers/pool', 'get'>;
export type ProtectionReviewItem = components['schemas']['ProtectionReviewItemDto'];
export type ChurnAlert = components['schemas']['ChurnAlertDto'];
export type ChurnAlertStatus = components['schemas']['ChurnAlertStatus'];
export type ChurnAlertQuery = QueryOf<'/api/v1/churn-alerts', 'get'>;
export type DuplicateCandidate = components['schemas']['DuplicateCandidateDto'];
export type HistoryEntry = components['schemas']['HistoryEntryDto'];
export type FollowUp = components['schemas']['FollowUpDto'];
export type TimelineEntry = components['schemas']['TimelineEntryDto'];
export type Contact = components['schemas']['ContactDto'];
export type TeamMember = components['schemas']['TeamMemberDto'];
export type CategoryNode = components['schemas']['CategoryNodeDto'];
export type Reminder = components['schemas']['ReminderDto'];
export type Reminders = components['schemas']['RemindersDto'];
export type ImportReport = components['schemas']['ImportReportDto'];
export type ImportRow = components['schemas']['ImportRowDto'];
export type ImportOutcome = ImportRow['outcome'];
export type ImportMode = ImportReport['mode'];
export type ExportQuery = QueryOf<'/api/v1/customers/export', 'get'>;
export type FileFormat = NonNullable<ExportQuery['format']>;

export type CreateCustomerBody = BodyOf<'/api/v1/customers', 'post'>;
export type UpdateCustomerBody = BodyOf<'/api/v1/customers/{id}', 'patch'>;
export type CreateContactBody = BodyOf<'/api/v1/customers/{customerId}/contacts', 'post'>;
export type UpdateContactBody = BodyOf<'/api/v1/customers/{customerId}/contacts/{id}', 'patch'>;
export type CreateFollowUpBody = BodyOf<'/api/v1/customers/{customerId}/follow-ups', 'post'>;

/** Whether the generated schema has `path` (compile-time: features appear when the server ships them). */
export type HasPath<P extends string> = P extends keyof paths ? true : false;

/** RFC 9457 problem details, as the API answers every error. */
export type Problem = components['schemas']['ProblemDto'];
export type FieldError = NonNullable<Problem['errors']>[number];
export type ClaimQuota = ResponseOf<'/api/v1/customers/pool/quota', 'get'>;
export type BatchClaimResult = ResponseOf<'/api/v1/customers/pool/claim', 'post'>;
export type TeamAccess = BodyOf<'/api/v1/customers/{id}/team/{userId}', 'put'>['access'];
export type SavedListView = Item<ResponseOf<'/api/v1/settings/list-views', 'get'>>;
export type SavedListViewQuery = SavedListView['query'];
export type BatchDecisionAnswer = ResponseOf<'/api/v1/approvals/decisions', 'post'>;

export type CustomerDocument = components['schemas']['CustomerDocumentDto'];
export type ContractNumber = components['schemas']['ContractNumberDto'];
export type ContractNumberStatus = components['schemas']['ContractNumberStatus'];
export type ContractNumberQuery = QueryOf<'/api/v1/contract-numbers', 'get'>;
export type Contract = components['schemas']['ContractDto'];
export type ContractSummary = components['schemas']['ContractSummaryDto'];
export type ContractStatus = components['schemas']['ContractStatus'];
export type ContractLine = components['schemas']['ContractLineDto'];
export type ContractRevision = components['schemas']['ContractRevisionDto'];
export type ContractAttachment = components['schemas']['ContractAttachmentDto'];
export type ContractAttachmentKind = components['schemas']['ContractAttachmentKind'];
export type ContractQuery = QueryOf<'/api/v1/contracts', 'get'>;
export type CreateContractBody = BodyOf<'/api/v1/contracts', 'post'>;
export type SaveContractBody = BodyOf<'/api/v1/contracts/{id}', 'put'>;
export type SignContractBody = BodyOf<'/api/v1/contracts/{id}/sign', 'post'>;
export type AmendContractBody = BodyOf<'/api/v1/contracts/{id}/amendments', 'post'>;

// ── receivables (plans, payments, aging) ───────────────────────────────────────────────────────
export type ReceivablePlan = components['schemas']['ReceivablePlanDto'];
export type Instalment = components['schemas']['InstalmentDto'];
export type InstalmentState = components['schemas']['InstalmentState'];
export type SaveReceivablePlanBody = components['schemas']['SaveReceivablePlanDto'];
export type PaymentTerm = components['schemas']['PaymentTermDto'];
export type PaymentTrigger = components['schemas']['PaymentTrigger'];
export type ReceivablePlanProposal = components['schemas']['ReceivablePlanProposalDto'];
export type Payment = components['schemas']['PaymentDto'];
export type PaymentStatus = components['schemas']['PaymentStatus'];
export type PaymentQuery = QueryOf<'/api/v1/payments', 'get'>;
export type RecordPaymentBody = components['schemas']['RecordPaymentDto'];
export type AgingGroup = components['schemas']['AgingGroup'];
export type AgingReport = components['schemas']['AgingReportDto'];
export type AgingRow = components['schemas']['AgingRowDto'];
export type AgingAmounts = components['schemas']['AgingAmountsDto'];
export type PaymentConfirmations = ResponseOf<'/api/v1/payments/confirmations', 'post'>;
export type PaymentConfirmationResult = PaymentConfirmations['results'][number];
export type ReceivableInstalment = Item<ResponseOf<'/api/v1/receivable-instalments', 'get'>>;
export type ReceivableInstalmentQuery = QueryOf<'/api/v1/receivable-instalments', 'get'>;
export type CustomerReceivableSummary = ResponseOf<'/api/v1/customers/{id}/receivable-summary', 'get'>;

// ── sales (products, opportunities, plan items, quotes, funnel) ───────────────────────────────
export type Product = components['schemas']['ProductDto'];
export type ProductStatus = components['schemas']['ProductStatus'];
export type ProductQuery = QueryOf<'/api/v1/products', 'get'>;
export type ProductCategoryNode = components['schemas']['ProductCategoryNodeDto'];
export type Opportunity = components['schemas']['OpportunityDto'];
export type CreatedOpportunity = components['schemas']['CreatedOpportunityDto'];
export type OpportunityStatus = components['schemas']['OpportunityStatus'];
export type OpportunityQuery = QueryOf<'/api/v1/opportunities', 'get'>;
export type OpportunityKanban = components['schemas']['OpportunityKanbanDto'];
export type KanbanColumn = components['schemas']['KanbanColumnDto'];
export type StageDefinition = components['schemas']['StageDefinitionDto'];
export type StageChange = components['schemas']['StageChangeDto'];
export type PlanItem = components['schemas']['PlanItemDto'];
export type Quote = components['schemas']['QuoteDto'];
export type QuoteLine = components['schemas']['QuoteLineDto'];
export type QuoteStatus = components['schemas']['QuoteStatus'];
export type SaveQuoteBody = BodyOf<'/api/v1/quotes/{id}', 'put'>;
export type Funnel = components['schemas']['FunnelDto'];
export type FunnelQuery = QueryOf<'/api/v1/reports/funnel', 'get'>;
