import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { positional, PreparedStatements, Principal } from '@kehu/server-core';
import { OrgDirectory, userDisplayNameSql } from '@kehu/server-permissions';
import { DataSource, EntityManager } from 'typeorm';
import { bigrams, normalizeCompanyName, normalizePhone, normalizeQuery } from './company-name';
import { CustomerError, CustomerErrorCode } from '../customer.exception';
import { CustomerNaming } from './customer-naming.service';
import { customerVisibleTo } from '../scope/customer-scope';
import { CustomerStatus } from '../lifecycle/customer-status';
import { pinyinPrefixMatch, pinyinPrefixQuery } from './pinyin-keys';
import { DuplicateCandidateDto } from '../customers/customer.dto';

interface CandidateRow {
  id: string;
  name: string;
  short_name: string | null;
  status: CustomerStatus;
  owner_display_name: string | null;
  phone: string;
  code: string;
  visible: boolean;
  name_score: number;
  name_hit: boolean;
  phone_hit: boolean;
  mobile_hit: boolean;
}

/** A live customer a new name, phone or mobile collides with. */
interface CollisionRow {
  id: string;
  name: string;
  owner_id: string | null;
  status: string;
  visible: boolean;
}
type Collision = CollisionRow & { by: 'name' | 'phone' | 'contactMobile' };

const LIMIT = 20;
/** Trigram similarity that counts as a near-identical name (pg_trgm's default, 0.3, also matches names sharing only a city). */
const FUZZY_THRESHOLD = 0.45;
/**
 * Fuzzy (trigram) matching from this many characters on: a shorter query is never that similar to a whole
 * company name, and what it resembles is found by containment (bigrams) instead.
 */
const FUZZY_MIN_LENGTH = 6;
/** At most this many names containing the query are ranked (a two-character query can be in thousands of names). */
const CONTAINMENT_CANDIDATES = 200;

/**
 * 撞单分析: who already has a customer like this one. Searches every customer's name and phone (a rep
 * must see that a colleague owns it) but shows details — id, short name, phone, code, what matched —
 * only of those inside the caller's data scope, and matches contact mobiles of those only. At 1M
 * customers every branch stays small: exact name, near-identical name (trigram similarity ≥ 0.45, queries of
 * six characters or more that are not in 200 names already), up to 200 names containing the query, up to 200
 * names whose pinyin from some syllable on starts with it (letters only: `jintan`, `jtnt`), phone and contact mobile.
 */
@Injectable()
export class DuplicateCheckService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly naming: CustomerNaming,
    private readonly org: OrgDirectory,
    private readonly prepared: PreparedStatements,
  ) {}

  async find(principal: Principal, q: string): Promise<DuplicateCandidateDto[]> {
    const legalForms = await this.naming.legalForms();
    const asName = normalizeCompanyName(q, legalForms) || normalizeQuery(q);
    const phone = normalizePhone(q);
    // A query without letters is a phone number: its digits are not looked for inside names.
    const nameLike = !phone || /\p{L}/u.test(q);
    const length = [...asName].length;
    const fuzzy = nameLike && length >= FUZZY_MIN_LENGTH;
    // Containment: two characters through the name bigrams (trigrams need three), longer queries through
    // the trigram index — the bigrams of a Latin word are in most Latin names (8 ms vs 2 ms).
    const grams = nameLike && length === 2 ? bigrams(asName) : [];
    const like = nameLike && length >= 3 ? `%${asName.replace(/[%_\\]/g, '\\$&')}%` : null;
    // Letters only (three or more) are also read as pinyin of names: `jintan`, `jtnt` (pinyin-keys.ts).
    const pinyin = pinyinPrefixQuery(q);
    const pinyinHit = (alias: string) => `(:pinyin::text IS NOT NULL AND ${pinyinPrefixMatch(`${alias}.pinyin_keys`, ':pinyin')})`;
    // With neither (one character, a phone number) the pattern is null and matches nothing.
    const contains = (alias: string) => (grams.length ? `${alias}.name_bigrams @> :pattern::text[]` : `${alias}.normalized_name LIKE :pattern::text`);
    const visible = customerVisibleTo(principal);
    // One prepared statement with a generic plan: every branch is driven by its own index whatever the
    // values, and the ones that do not apply are skipped at run time by their one-time filters (:phone, :fuzzy).
    // Near-identical, not merely sharing the city: at the default 0.3 every 台州市… name is a GIN candidate
    // of "台州市凯光置" and is rechecked (≈ 9,000 rows at 1M customers); 0.45 still matches 靖江春意空调 ~ 靖江市春意空调.
    // The hits are read as an array of keys: joined as a relation, a generic plan guessed thousands of
    // them and hashed all of customer_state (the view's second table) to match a handful (0.5–1 s).
    const rows = await this.prepared.query<CandidateRow>(
      ...positional(
        this.db,
      // Every name containing the query is also a trigram candidate, rechecked row by row: a common word
      // ("silverwave" in 5,000 names) cost 45 ms of heap reads for 4 near-identical names. When the query
      // is in that many names it is a word, not a near-miss of one name, so the fuzzy branch is skipped.
      `WITH contained AS MATERIALIZED (
           SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND ${contains('c')} LIMIT ${CONTAINMENT_CANDIDATES}
         ), by_pinyin AS MATERIALIZED (
           SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND ${pinyinHit('c')} LIMIT ${CONTAINMENT_CANDIDATES}
         ), hits AS (
           SELECT id FROM customer WHERE deleted_at IS NULL AND normalized_name = :name
           UNION SELECT id FROM customer WHERE deleted_at IS NULL AND :fuzzy AND normalized_name % :name
                                               AND (SELECT count(*) FROM contained) < ${CONTAINMENT_CANDIDATES}
           UNION SELECT id FROM contained
           UNION SELECT id FROM by_pinyin
           UNION SELECT id FROM customer WHERE deleted_at IS NULL AND :phone::text IS NOT NULL AND normalized_phone = :phone
           -- A contact's mobile is personal data: only contacts of customers the caller may see are matched.
           UNION SELECT c.id FROM contact k JOIN customer c ON c.id = k.customer_id
                  WHERE k.deleted_at IS NULL AND :phone::text IS NOT NULL AND k.normalized_mobile = :phone AND ${visible.sql}
         )
         SELECT c.id, c.name, c.short_name, c.status, ${userDisplayNameSql('c.owner_id')} AS owner_display_name, c.phone, c.code,
                ${visible.sql} AS visible,
                similarity(c.normalized_name, :name) AS name_score,
                (c.normalized_name = :name OR (:fuzzy AND c.normalized_name % :name) OR ${contains('c')}
                 OR ${pinyinHit('c')}) AS name_hit,
                (:phone::text IS NOT NULL AND c.normalized_phone = :phone) AS phone_hit,
                (:phone::text IS NOT NULL AND ${visible.sql} AND EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = c.id AND k.deleted_at IS NULL AND k.normalized_mobile = :phone)) AS mobile_hit
           FROM customer c WHERE c.id = ANY (ARRAY(SELECT id FROM hits))
          ORDER BY (c.normalized_name = :name) DESC, (:phone::text IS NOT NULL AND c.normalized_phone = :phone) DESC, similarity(c.normalized_name, :name) DESC, c.id
          LIMIT ${LIMIT}`,
      { ...visible.params, name: asName, pattern: grams.length ? grams : like, phone, fuzzy, pinyin },
      ),
      { 'pg_trgm.similarity_threshold': String(FUZZY_THRESHOLD) },
    );
    return rows.map((r) => {
      const sameName = normalizeCompanyName(r.name, legalForms) === asName;
      const nameScore = sameName ? 1 : Math.round(Number(r.name_score) * 100) / 100;
      // Outside the caller's scope a hit says what DOMAIN §1 allows — name, owner, status — and nothing
      // it was found by beyond the name shown: no id to probe other routes with, no short name, no phone.
      if (!r.visible) {
        return { id: null, name: r.name, shortName: null, status: r.status, ownerName: r.owner_display_name, score: nameScore, matchedOn: r.name_hit ? ['name'] : [], visible: false, phone: null, code: null };
      }
      const matchedOn = [r.name_hit && 'name', r.phone_hit && 'phone', r.mobile_hit && 'contactMobile'].filter((x): x is string => !!x);
      return {
        id: r.id,
        name: r.name,
        shortName: r.short_name,
        status: r.status,
        ownerName: r.owner_display_name,
        score: r.phone_hit || r.mobile_hit ? 1 : nameScore,
        matchedOn,
        visible: true,
        phone: r.phone,
        code: r.code,
      };
    });
  }

  /**
   * Refuses a customer whose normalised name belongs to another live customer, or whose phone is
   * another live customer's phone or the mobile of one of its contacts (DOMAIN §1: "phone already
   * used"), naming the existing record (its owner and status; its id only when the caller may open it).
   */
  async assertNoDuplicate(
    manager: EntityManager,
    principal: Principal,
    key: { normalizedName: string; normalizedPhone: string | null },
    exceptId?: string,
  ): Promise<void> {
    const hit = await this.collision(manager, principal, { name: key.normalizedName, phone: key.normalizedPhone }, exceptId ?? null);
    if (!hit) return;
    const field = hit.by === 'name' ? 'name' : 'phone';
    const what = hit.by === 'name' ? 'this name' : hit.by === 'phone' ? 'this phone' : 'this phone as a contact’s mobile';
    throw await this.duplicateError(manager, hit, field, what);
  }

  /**
   * Refuses a contact mobile that identifies another customer: its phone, or the mobile of one of
   * its contacts (a person already listed elsewhere is how a second entry of one company shows).
   * Contacts of the same customer may share a mobile. Errors name `field` (the contact's `mobile`).
   */
  async assertMobileFree(manager: EntityManager, principal: Principal, normalizedMobile: string | null, customerId: string, field = 'mobile'): Promise<void> {
    if (!normalizedMobile) return;
    const hit = await this.collision(manager, principal, { name: null, phone: normalizedMobile }, customerId);
    if (!hit) return;
    throw await this.duplicateError(manager, hit, field, hit.by === 'phone' ? 'this mobile as its phone' : 'this mobile for one of its contacts');
  }

  /**
   * The first live customer other than `exceptId` with the normalised name, or the phone key as its
   * phone or a contact's mobile (name first, then phone, then mobile). Each branch walks its own
   * index; the hits are read as an array of keys (see `find`).
   */
  private async collision(
    manager: EntityManager,
    principal: Principal,
    key: { name: string | null; phone: string | null },
    exceptId: string | null,
  ): Promise<Collision | undefined> {
    const visible = customerVisibleTo(principal);
    const rows: Array<CollisionRow & { rank: 1 | 2 | 3 }> = await manager.query(
      ...positional(
        manager.connection,
        `WITH hits AS (
             SELECT id, 1 AS rank FROM customer WHERE deleted_at IS NULL AND CAST(:name AS text) IS NOT NULL AND normalized_name = :name
             UNION ALL SELECT id, 2 FROM customer WHERE deleted_at IS NULL AND CAST(:phone AS text) IS NOT NULL AND normalized_phone = :phone
             UNION ALL SELECT customer_id, 3 FROM contact WHERE deleted_at IS NULL AND CAST(:phone AS text) IS NOT NULL AND normalized_mobile = :phone
           )
           SELECT c.id, c.name, c.owner_id, c.status, ${visible.sql} AS visible,
                  (SELECT min(h.rank) FROM hits h WHERE h.id = c.id) AS rank
             FROM customer c
            WHERE c.id = ANY (ARRAY(SELECT id FROM hits)) AND c.deleted_at IS NULL AND (CAST(:exceptId AS uuid) IS NULL OR c.id <> CAST(:exceptId AS uuid))
            ORDER BY rank, c.id
            LIMIT 1`,
        { ...visible.params, name: key.name, phone: key.phone, exceptId },
      ),
    );
    const hit = rows[0];
    return hit && { ...hit, by: (['name', 'phone', 'contactMobile'] as const)[hit.rank - 1] };
  }

  private async duplicateError(manager: EntityManager, existing: Collision, field: string, what: string): Promise<Error> {
    if (existing.by === 'contactMobile' && !existing.visible) {
      // A contact's mobile is personal data (DOMAIN §13): outside the caller's scope the number is refused
      // without saying whose contact it is, so the refusal cannot tie a person to a company.
      return new CustomerError(CustomerErrorCode.DuplicateCustomer, `A customer outside your data scope already has ${what}`, {
        errors: [{ field, message: 'already used by a customer outside your data scope', code: 'duplicate' }],
      });
    }
    const owner = existing.owner_id ? (await this.org.people([existing.owner_id], manager)).get(existing.owner_id) : undefined;
    return new CustomerError(
      CustomerErrorCode.DuplicateCustomer,
      `${existing.name} (${existing.status}${owner ? `, owner ${owner.displayName}` : ', in the pool'}) already has ${what}`,
      {
        existing: {
          id: existing.visible ? existing.id : null,
          name: existing.name,
          status: existing.status,
          ownerName: owner?.displayName ?? null,
        },
        errors: [{ field, message: `already used by ${existing.name}`, code: 'duplicate' }],
      },
    );
  }
}
