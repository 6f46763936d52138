import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, IndexedSortColumn, parseSort, positional, PreparedStatements, Principal, ScopeBranch, SortSpec, SqlFragment, visibleTo } from '@kehu/server-core';
import { userDisplayNameSql } from '@kehu/server-permissions';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Stage, stageCondition } from '../lifecycle/customer-lifecycle';
import { customerScopeBranches, customerVisibleTo, visibleCustomers, visibleCustomersAmong } from '../scope/customer-scope';
import { changedSinceCondition } from './customer-changes';
import { ownedCustomers } from './customer-relations';
import { searchCondition, searchMatches } from '../search/customer-search';
import { CustomerStatus } from '../lifecycle/customer-status';
import type { CustomerQueryDto } from '../customers/customer.dto';
import { Customer } from '../entities/customer.entity';

/** The filters of the customer list (also what an export takes). */
export type CustomerFilter = Omit<CustomerQueryDto, 'page' | 'pageSize' | 'sort'>;

const SORTABLE: Record<string, string | IndexedSortColumn> = {
  createdAt: { column: 'c.created_at', indexOrder: 'DESC NULLS LAST' },
  updatedAt: { column: 'c.updated_at', indexOrder: 'DESC NULLS LAST' },
  name: { column: 'c.name', indexOrder: 'ASC NULLS LAST' },
  code: { column: 'c.code', indexOrder: 'ASC NULLS LAST' },
  lastContactAt: 'c.last_contact_at',
  nextContactAt: 'c.next_contact_at',
  // Five values over every customer: ties go along customer_status_idx (within a status, newest first when ascending).
  status: { column: 'c.status', indexOrder: 'ASC NULLS LAST', thenBy: [{ column: 'c.created_at', indexOrder: 'DESC NULLS LAST' }] },
  protectionUntil: 'c.protection_until',
};

/**
 * Sort columns that many customers have no value for (a deadline only while POTENTIAL/INTENT, a
 * last or next contact only once followed up): their index holds only the rows with a value, so a
 * page is read as two walks — those rows in order along the index, then, only if they do not fill
 * the page, the others in the order of the remaining keys. Sorting over every customer sorted all of
 * them for each page (0.7–1.7 s at 1M); walking the others unconditionally searched the whole table
 * for the few POTENTIAL customers without a deadline (2.4 s for `status=POTENTIAL`).
 */
const SORTED_WITH_NULLS_APART = new Set(['c.protection_until', 'c.last_contact_at', 'c.next_contact_at']);

/**
 * The walks whose union, in `sort` order, is the branch `qb` in that order, each cut at `end` rows, as
 * parts of a UNION ALL plus the CTEs they read (`name` keeps CTEs of several branches apart). The rows
 * with a value are read once, into a CTE that both the page and the check "do they fill it?" use.
 * Within a walk the first key and the id have no nulls, so they take the order their index is read
 * in (nulls first when descending): PostgreSQL does not know that `NULLS LAST` then changes nothing,
 * and sorted instead of walking the index backwards.
 */
function walksInOrder<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: SortSpec[],
  end: number,
  name: string,
): { parts: string[]; ctes: Record<string, string>; params: ObjectLiteral } {
  const ordered = (walk: SelectQueryBuilder<T>, keys: SortSpec[]) => {
    keys.forEach((s) => walk.addOrderBy(s.column, s.direction, s.nulls));
    return walk.limit(end);
  };
  const [first, ...rest] = sort;
  if (!SORTED_WITH_NULLS_APART.has(first.column)) return { parts: [ordered(qb, sort).getQuery()], ctes: {}, params: qb.getParameters() };
  const indexOrder = (s: SortSpec): SortSpec => ({ ...s, nulls: s.direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST' });
  const withId = (keys: SortSpec[]) => [...keys.slice(0, -1), indexOrder(keys[keys.length - 1])];
  const present = ordered(qb.clone().andWhere(`${first.column} IS NOT NULL`), withId([indexOrder(first), ...rest]));
  // Nulls go last in both directions (parseSort): the others are needed only after every row with a value.
  const absent = ordered(qb.clone().andWhere(`${first.column} IS NULL`).andWhere(`(SELECT count(*) FROM ${name}) < ${end}`), withId(rest));
  return { parts: [`SELECT * FROM ${name}`, absent.getQuery()], ctes: { [name]: present.getQuery() }, params: absent.getParameters() };
}

/** Sort columns that are lifecycle columns (customer_state, the customer baseline migration), not the profile's. */
const STATE_SORTS = ['c.status', 'c.protection_until'];

/**
 * Whether a search's matches can be read from `customer_profile` alone: the caller sees every customer
 * and nothing filters or sorts by a lifecycle column. Read through the view, each of a Latin word's
 * 5,000 matches was also looked up in customer_state (9 → 26 ms).
 */
function profileOnly(principal: Principal, filters: CustomerFilter, sort: SortSpec[]): boolean {
  return (
    customerScopeBranches(principal) === null &&
    !filters.status && !filters.ownerId && !filters.mine && !filters.stage?.length &&
    sort.every((s) => !STATE_SORTS.includes(s.column))
  );
}

/**
 * Whether every customer matching `query` has an owner, so that a walk in `sort` order is better read
 * from `customer_owned`: an owner filter, or a status / stage other than POOL (a customer without an
 * owner is in the pool — customer_state's check) when the walk is by creation or status, which the
 * owned status index gives in order. Other sorts with a status filter walk their index over every
 * customer and check the status row by row: sorting a whole status (a third of all customers are
 * FORMAL) would cost more.
 */
function onlyOwnedMatch(query: CustomerFilter, sort: SortSpec[]): boolean {
  if (query.mine || query.ownerId) return true;
  const notPool = query.status ? query.status !== CustomerStatus.Pool : !!query.stage?.length && !query.stage.includes(Stage.Pool);
  return notPool && ['c.created_at', 'c.status'].includes(sort[0].column);
}

/** The list counts matches up to this many; beyond it answers `total: 1000, totalCapped: true` (a capped count of a filtered list costs ≤ 10 ms at 1M customers; 10,000 cost up to 90 ms). */
export const CUSTOMER_COUNT_CAP = 1_000;

/** The names shown with a customer, read in the customer's own statement. */
export const PEOPLE_NAMES_SQL = `${userDisplayNameSql('c.owner_id')} AS owner_display_name, ${userDisplayNameSql('c.after_sales_owner_id')} AS after_sales_owner_display_name`;

/** A `customer` row (`c.*`) with PEOPLE_NAMES_SQL. */
export type CustomerRowWithNames = Record<string, unknown> & { owner_display_name: string | null; after_sales_owner_display_name: string | null };

/**
 * The data scope read on a profile row, the owner taken from its hint (the last owner assigned): a
 * superset of what the caller sees — a released customer keeps its hint — for the search's prefilter.
 */
function ownerHintPrefilter(principal: Principal): SqlFragment {
  return visibleTo(principal, {
    owner: 'm.owner_hint',
    department: 'm.department_id',
    team: { table: 'customer_team_member', recordColumn: 'customer_id', userColumn: 'user_id', recordId: 'm.id' },
  });
}

/** A page's statement as built: positional SQL and values, whether it runs as a generic prepared plan, and the count alone for a page past the end. */
export interface BuiltPage {
  sql: string;
  values: unknown[];
  generic: boolean;
  count: { sql: string; values: unknown[] };
}

/**
 * How the customer list and search are read (the list planner): which relation each walk reads
 * (customer_owned for owner-led walks, customer_profile for an admin's search, the customer view
 * otherwise), one walk per data-scope branch, nullable sorts as two walks, capped counts, generic or
 * custom plans. The service asks for a page; the plan tests EXPLAIN what build() answers.
 */
@Injectable()
export class CustomerQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly prepared: PreparedStatements,
  ) {}

  /** One live customer the caller may see, with its people's names: [] when there is none. */
  one(principal: Principal, id: string): Promise<CustomerRowWithNames[]> {
    const visible = customerVisibleTo(principal);
    return this.prepared.query<CustomerRowWithNames>(
      ...positional(this.db, `SELECT c.*, ${PEOPLE_NAMES_SQL} FROM customer c WHERE c.deleted_at IS NULL AND c.id = :id AND ${visible.sql}`, { ...visible.params, id }),
    );
  }

  /** A page of the list (rows with their people's names) and its capped count. */
  async page(principal: Principal, query: CustomerQueryDto): Promise<{ rows: CustomerRowWithNames[]; total: number }> {
    return this.run(this.build(principal, query), query);
  }

  /** The SQL of a page, as page() runs it (the plan tests EXPLAIN exactly this). */
  build(principal: Principal, query: CustomerQueryDto): BuiltPage {
    const sort = parseSort(query.sort, SORTABLE, '-createdAt', 'c.id');
    if (query.q) return this.search(principal, query, sort);
    // Without a search the page is read as ids along the sort index (index-only, the filters are in it),
    // then joined to the rows. A restricted scope goes branch by branch, each along its owner or
    // department index whatever the values (generic plans); everything (ALL) is one branch planned for
    // its values — which index to walk depends on how many customers a filter value has.
    const branches = customerScopeBranches(principal);
    return this.listByBranches(principal, query, sort, branches ?? [{ sql: 'true', params: {} }], { generic: branches !== null });
  }

  /**
   * A page of search results — rows and capped count — from one statement. Each kind of match
   * (customer-search.ts) is its own scan of the customer table carrying the scope, the filters and
   * the sort keys, so a match is read once: joining the matched ids back to the table read every
   * match twice (a Latin word matching 5,000 names: 56 ms instead of 20), and a separate count
   * query ran the search again.
   */
  private search(principal: Principal, query: CustomerQueryDto, sort: SortSpec[]): BuiltPage {
    const { q, page, pageSize, ...filters } = query;
    const { conditions, params: searchParams } = searchMatches(q as string);
    const params: Record<string, unknown> = {};
    const relation = profileOnly(principal, filters, sort) ? 'customer_profile' : 'customer';
    const hinted = customerScopeBranches(principal) !== null;
    const scans = conditions.map((condition) => {
      // The match alone drives each scan (fenced by OFFSET 0); scope and filters are checked on its rows.
      // Planned together, PostgreSQL ANDed the whole of a rep's owner index (or a filter's) into the
      // match's bitmap: 13–20 ms for a rep's search with two matches, 0.5 ms fenced.
      const matched = (relation: string) => `(SELECT * FROM ${relation} s WHERE ${condition('s')} AND s.deleted_at IS NULL OFFSET 0)`;
      // A restricted caller keeps, on the profile rows the match has read, those whose owner hint,
      // department or team seat may be theirs; only those few are looked up in the view (the owner is on
      // customer_state), where the scope is checked exactly — a hint is stale after a release.
      const matches = hinted
        ? `(SELECT v.* FROM customer v WHERE v.id = ANY(ARRAY(SELECT m.id FROM ${matched('customer_profile')} m WHERE ${ownerHintPrefilter(principal).sql})))`
        : matched(relation);
      const qb = this.applyFilters(visibleCustomersAmong(this.db.manager, principal, matches), principal, filters)
        .setParameters({ ...searchParams, ...(hinted ? ownerHintPrefilter(principal).params : {}) })
        .select('(c.id)', 'id');
      sort.forEach((s, i) => qb.addSelect(`(${s.column})`, `s${i}`));
      Object.assign(params, qb.getParameters());
      return `(${qb.getQuery()})`;
    });
    const order = (alias: string) => sort.map((s, i) => `${alias}.s${i} ${s.direction} ${s.nulls}`).join(', ');
    return this.composePage(
      { m: scans.join(' UNION ') },
      // The page is cut before it is numbered: a window over every match sorted them all (a bounded
      // top-N sort keeps only the page; 5,000 matches: 2.5 ms less).
      `SELECT p.id, row_number() OVER (ORDER BY ${order('p')}) AS rank
         FROM (SELECT m.* FROM m ORDER BY ${order('m')} OFFSET :pageOffset LIMIT :pageSize) p`,
      `(SELECT count(*)::int FROM (SELECT 1 FROM m LIMIT ${CUSTOMER_COUNT_CAP + 1}) capped)`,
      { ...params, pageOffset: (page - 1) * pageSize, pageSize },
      { generic: true },
    );
  }

  /**
   * A page in one statement: `rankedIds` (answering `id, rank` of the page's rows, after the
   * materialized `ctes`) joined to the customers, each row carrying the capped count `countSql` —
   * one round trip instead of ids, count and rows apart. A page past the end has no row to carry
   * the count, so only then is it counted alone (`count`).
   */
  private composePage(
    ctes: Record<string, string>,
    rankedIds: string,
    countSql: string,
    params: Record<string, unknown>,
    { generic }: { generic: boolean },
  ): BuiltPage {
    const withCtes = Object.entries(ctes).map(([alias, sql]) => `${alias} AS MATERIALIZED (${sql})`);
    const [sql, values] = positional(
      this.db,
      `WITH ${[...withCtes, `page AS (${rankedIds})`].join(', ')}
       SELECT c.*, ${PEOPLE_NAMES_SQL}, ${countSql} AS n FROM customer c JOIN page p ON p.id = c.id ORDER BY p.rank`,
      params,
    );
    const count = positional(this.db, `${withCtes.length ? `WITH ${withCtes.join(', ')} ` : ''}SELECT ${countSql} AS n`, params);
    return { sql, values, generic, count: { sql: count[0], values: count[1] } };
  }

  private async run(page: BuiltPage, query: CustomerQueryDto): Promise<{ rows: CustomerRowWithNames[]; total: number }> {
    // A generic plan (planned once per connection) when each scan is driven by one index whatever the values.
    const rows: Array<CustomerRowWithNames & { n: number }> = page.generic ? await this.prepared.query(page.sql, page.values) : await this.db.query(page.sql, page.values);
    let total = rows[0]?.n ?? 0;
    if (!rows.length && query.page > 1) [{ n: total }] = await this.db.query(page.count.sql, page.count.values);
    return { rows, total };
  }

  /**
   * A page as the union of the scope's disjoint branches (mine, my departments', my teams'), each read
   * along its own index in list order and cut at the page's end: with `owner_id = me OR …` in one query
   * a SELF rep's page filtered every customer along the created_at index (20–170 ms at 1M customers).
   */
  private listByBranches(
    principal: Principal,
    query: CustomerQueryDto,
    sort: SortSpec[],
    branches: ScopeBranch[],
    plan: { generic: boolean },
  ): BuiltPage {
    const end = query.page * query.pageSize;
    const params: Record<string, unknown> = {};
    const parts: string[] = [];
    const ctes: Record<string, string> = {};
    const counts: string[] = [];
    for (const [i, branch] of branches.entries()) {
      const owned = branch.byOwner || onlyOwnedMatch(query, sort);
      const qb = this.branchWalk(principal, query, owned).andWhere(branch.sql, branch.params);
      const count = qb.clone().select('1', 'one').limit(CUSTOMER_COUNT_CAP + 1);
      for (const walk of owned || sort[0].column !== 'c.status' ? [qb] : this.byStatusWalks(principal, query, branch)) {
        // Parenthesised, so that TypeORM takes them as expressions, not entity columns to map.
        walk.select('(c.id)', 'id');
        sort.forEach((s, i) => walk.addSelect(`(${s.column})`, `s${i}`));
        const walks = walksInOrder(walk, sort, end, `present${i}`);
        parts.push(...walks.parts.map((part) => `(${part})`));
        Object.assign(ctes, walks.ctes);
        Object.assign(params, walks.params);
      }
      counts.push(`(${count.getQuery()})`);
    }
    const order = sort.map((s, i) => `u.s${i} ${s.direction} ${s.nulls}`).join(', ');
    return this.composePage(
      ctes,
      `SELECT u.id, row_number() OVER (ORDER BY ${order}) AS rank FROM (${parts.join(' UNION ALL ')}) u ORDER BY ${order} OFFSET :pageOffset LIMIT :pageSize`,
      `(SELECT count(*)::int FROM (${counts.join(' UNION ALL ')}) x)`,
      { ...params, pageOffset: end - query.pageSize, pageSize: query.pageSize },
      plan,
    );
  }

  /**
   * A branch sorted by status as two walks in that order: the owned customers along customer_status_idx
   * (status, created_at, id), and the pool's — the status index of every customer went with the status
   * to customer_state, whose rows do not carry the creation order's keys.
   */
  private byStatusWalks(principal: Principal, query: CustomerFilter, branch: ScopeBranch): Array<SelectQueryBuilder<ObjectLiteral>> {
    return [true, false].map((owned) => {
      const walk = this.branchWalk(principal, query, owned).andWhere(branch.sql, branch.params);
      return owned ? walk : walk.andWhere(`c.status = '${CustomerStatus.Pool}'`);
    });
  }

  /** The filtered, scoped query behind the export. */
  filtered(principal: Principal, query: CustomerFilter): SelectQueryBuilder<Customer> {
    return this.applyFilters(visibleCustomers(this.db.manager, principal), principal, query);
  }

  /** The filtered customers of one list branch (the caller adds the branch's scope), from `customer_owned` when `owned`. */
  private branchWalk(principal: Principal, query: CustomerFilter, owned: boolean): SelectQueryBuilder<ObjectLiteral> {
    const manager = this.db.manager;
    const qb = owned ? ownedCustomers(manager) : manager.getRepository(Customer).createQueryBuilder('c').where('c.deleted_at IS NULL');
    return this.applyFilters(qb, principal, query);
  }

  /** Narrows `qb` (customers as `c`) to the list's filters. */
  private applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, principal: Principal, query: CustomerFilter): SelectQueryBuilder<T> {
    if (query.q) this.applySearch(qb, query.q);
    const eq: Array<[keyof CustomerFilter, string]> = [
      ['status', 'status'], ['ownerId', 'owner_id'], ['departmentId', 'department_id'], ['level', 'level'],
      ['grade', 'grade'], ['industry', 'industry'], ['region', 'region'], ['source', 'source'],
    ];
    for (const [field, column] of eq) {
      if (query[field] !== undefined) qb.andWhere(`c.${column} = :${field}`, { [field]: query[field] });
    }
    if (query.mine) qb.andWhere('c.owner_id = :me', { me: principal.userId });
    if (query.team) {
      qb.andWhere('EXISTS (SELECT 1 FROM customer_team_member tm WHERE tm.customer_id = c.id AND tm.user_id = :teamUser)', { teamUser: principal.userId });
    }
    if (query.subordinates) {
      // Scope without team seats: a customer seen only as a team member is not a subordinate's.
      const own = customerVisibleTo(principal, 'c', { team: false });
      qb.andWhere(`c.owner_id <> :subordinatesOf AND (${own.sql})`, { ...own.params, subordinatesOf: principal.userId });
    }
    if (query.ids?.length) qb.andWhere('c.id = ANY(:ids::uuid[])', { ids: query.ids });
    if (query.stage?.length) qb.andWhere(`(${query.stage.map((stage) => stageCondition(stage)).join(' OR ')})`);
    if (query.categoryId) {
      qb.andWhere(
        `c.category_id IN (SELECT sub.id FROM customer_category sub JOIN customer_category root ON sub.path LIKE root.path || '%' WHERE root.id = :categoryId AND sub.deleted_at IS NULL)`,
        { categoryId: query.categoryId },
      );
    }
    if (query.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: query.createdFrom });
    if (query.createdTo) qb.andWhere('c.created_at < :createdTo', { createdTo: query.createdTo });
    if (query.lastContactFrom) qb.andWhere('c.last_contact_at >= :lastContactFrom', { lastContactFrom: query.lastContactFrom });
    if (query.lastContactTo) qb.andWhere('c.last_contact_at < :lastContactTo', { lastContactTo: query.lastContactTo });
    if (query.updatedSince) qb.andWhere(changedSinceCondition('c', 'updatedSince'), { updatedSince: query.updatedSince });
    if (query.hasOverdueReminder !== undefined) {
      qb.andWhere(query.hasOverdueReminder ? 'c.next_contact_at < :now' : '(c.next_contact_at IS NULL OR c.next_contact_at >= :now)', {
        now: this.clock.now(),
      });
    }
    return qb;
  }

  /** Narrows `qb` (the customer table as `c`) to the customers matching `q` (customer-search.ts). */
  private applySearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: string): void {
    const { sql, params } = searchCondition(q);
    qb.andWhere(sql, params);
  }
}
