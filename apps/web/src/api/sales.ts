/**
 * The sales domain's API calls (products, opportunities, plan items, quotes, funnel) on the generated
 * client, for its pages and components to share. Each answers the data or throws `ProblemError`.
 */
import { http, ifMatch, unwrap } from './http';
import type {
  BodyOf,
  CreatedOpportunity,
  Funnel,
  FunnelQuery,
  Opportunity,
  OpportunityKanban,
  OpportunityQuery,
  PlanItem,
  Product,
  ProductCategoryNode,
  ProductQuery,
  QueryOf,
  Quote,
  SaveQuoteBody,
  StageChange,
  StageDefinition,
} from './types';

// ── products ────────────────────────────────────────────────────────────────────────────────
export async function listProducts(query: ProductQuery) {
  return unwrap(await http.GET('/api/v1/products', { params: { query } }));
}

export async function getProduct(id: string): Promise<Product> {
  return unwrap(await http.GET('/api/v1/products/{id}', { params: { path: { id } } }));
}

export async function createProduct(body: BodyOf<'/api/v1/products', 'post'>): Promise<Product> {
  return unwrap(await http.POST('/api/v1/products', { body }));
}

export async function updateProduct(product: Pick<Product, 'id' | 'version'>, body: BodyOf<'/api/v1/products/{id}', 'patch'>): Promise<Product> {
  return unwrap(await http.PATCH('/api/v1/products/{id}', { params: { path: { id: product.id }, header: ifMatch(product.version) }, body }));
}

export async function productCategoryTree(): Promise<ProductCategoryNode[]> {
  return unwrap(await http.GET('/api/v1/product-categories'));
}

export async function createProductCategory(body: BodyOf<'/api/v1/product-categories', 'post'>) {
  return unwrap(await http.POST('/api/v1/product-categories', { body }));
}

export async function renameProductCategory(id: string, name: string) {
  return unwrap(await http.PATCH('/api/v1/product-categories/{id}', { params: { path: { id } }, body: { name } }));
}

export async function moveProductCategory(id: string, parentId: string | null) {
  return unwrap(await http.POST('/api/v1/product-categories/{id}/move', { params: { path: { id } }, body: { parentId } }));
}

export async function deleteProductCategory(id: string): Promise<void> {
  unwrap(await http.DELETE('/api/v1/product-categories/{id}', { params: { path: { id } } }));
}

// ── opportunities ───────────────────────────────────────────────────────────────────────────
export async function opportunityStages(): Promise<StageDefinition[]> {
  return unwrap(await http.GET('/api/v1/opportunity-stages'));
}

export async function listOpportunities(query: OpportunityQuery) {
  return unwrap(await http.GET('/api/v1/opportunities', { params: { query } }));
}

export async function opportunityKanban(query: QueryOf<'/api/v1/opportunities/kanban', 'get'>): Promise<OpportunityKanban> {
  return unwrap(await http.GET('/api/v1/opportunities/kanban', { params: { query } }));
}

export async function getOpportunity(id: string): Promise<Opportunity> {
  return unwrap(await http.GET('/api/v1/opportunities/{id}', { params: { path: { id } } }));
}

export async function createOpportunity(body: BodyOf<'/api/v1/opportunities', 'post'>): Promise<CreatedOpportunity> {
  return unwrap(await http.POST('/api/v1/opportunities', { body }));
}

export async function updateOpportunity(o: Pick<Opportunity, 'id' | 'version'>, body: BodyOf<'/api/v1/opportunities/{id}', 'patch'>): Promise<Opportunity> {
  return unwrap(await http.PATCH('/api/v1/opportunities/{id}', { params: { path: { id: o.id }, header: ifMatch(o.version) }, body }));
}

export async function opportunityHistory(id: string): Promise<StageChange[]> {
  return unwrap(await http.GET('/api/v1/opportunities/{id}/history', { params: { path: { id } } }));
}

/** Moves an opportunity to another open stage (the server's stage rules decide). */
export async function changeStage(id: string, stage: string, note?: string): Promise<Opportunity> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/stage', { params: { path: { id } }, body: { stage, note } }));
}

export async function assignOpportunity(id: string, ownerId: string): Promise<Opportunity> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/assign', { params: { path: { id } }, body: { ownerId } }));
}

export async function winOpportunity(id: string, body: BodyOf<'/api/v1/opportunities/{id}/win', 'post'>): Promise<Opportunity> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/win', { params: { path: { id } }, body }));
}

export async function loseOpportunity(id: string, body: BodyOf<'/api/v1/opportunities/{id}/lose', 'post'>): Promise<Opportunity> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/lose', { params: { path: { id } }, body }));
}

export async function reopenOpportunity(id: string, body: BodyOf<'/api/v1/opportunities/{id}/reopen', 'post'>): Promise<Opportunity> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/reopen', { params: { path: { id } }, body }));
}

// ── development plan ────────────────────────────────────────────────────────────────────────
export async function listPlanItems(id: string): Promise<PlanItem[]> {
  return unwrap(await http.GET('/api/v1/opportunities/{id}/plan-items', { params: { path: { id } } }));
}

export async function createPlanItem(id: string, body: BodyOf<'/api/v1/opportunities/{id}/plan-items', 'post'>): Promise<PlanItem> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/plan-items', { params: { path: { id } }, body }));
}

export async function executePlanItem(id: string, itemId: string, body: BodyOf<'/api/v1/opportunities/{id}/plan-items/{itemId}/execute', 'post'>): Promise<PlanItem> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/plan-items/{itemId}/execute', { params: { path: { id, itemId } }, body }));
}

// ── quotes ──────────────────────────────────────────────────────────────────────────────────
export async function listQuotes(opportunityId: string): Promise<Quote[]> {
  return unwrap(await http.GET('/api/v1/quotes', { params: { query: { opportunityId, pageSize: 100 } } })).items;
}

export async function getQuote(id: string): Promise<Quote> {
  return unwrap(await http.GET('/api/v1/quotes/{id}', { params: { path: { id } } }));
}

export async function createQuote(opportunityId: string, body: SaveQuoteBody): Promise<Quote> {
  return unwrap(await http.POST('/api/v1/opportunities/{id}/quotes', { params: { path: { id: opportunityId } }, body }));
}

export async function saveQuote(quote: Pick<Quote, 'id' | 'version'>, body: SaveQuoteBody): Promise<Quote> {
  return unwrap(await http.PUT('/api/v1/quotes/{id}', { params: { path: { id: quote.id }, header: ifMatch(quote.version) }, body }));
}

export type QuoteAction = 'send' | 'accept' | 'reject' | 'revise';

/** send (may open the discount approval instead), accept, reject, revise (a new DRAFT revision). */
export async function quoteAction(id: string, action: QuoteAction): Promise<Quote> {
  const path = `/api/v1/quotes/{id}/${action}` as '/api/v1/quotes/{id}/send';
  return unwrap(await http.POST(path, { params: { path: { id } } }));
}

/**
 * Opens the printable page (server-rendered HTML) in a new tab, where the browser prints it or saves
 * it as PDF. Fetched with the session's token, then shown from a blob: a plain link carries no token.
 */
export async function openQuotePrint(id: string): Promise<void> {
  // Opened at the click, before the await: a tab opened later is taken for a pop-up and blocked.
  const tab = window.open('', '_blank');
  let html: string;
  try {
    html = unwrap(await http.GET('/api/v1/quotes/{id}/print', { params: { path: { id } }, parseAs: 'text' })) as unknown as string;
  } catch (error) {
    tab?.close();
    throw error;
  }
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ── funnel ──────────────────────────────────────────────────────────────────────────────────
export async function funnel(query: FunnelQuery): Promise<Funnel> {
  return unwrap(await http.GET('/api/v1/reports/funnel', { params: { query } }));
}
