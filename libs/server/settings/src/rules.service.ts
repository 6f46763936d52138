import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, Principal, RequestValidationError, writeAudit } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { BUSINESS_RULES, isRuleKey, RULE_KEYS, RULE_ORDER, RuleKey, RuleValue, SLA_RULE_BY_SERVICE_TYPE } from './business-rules';
import { RuleDto, toRuleDto } from './dto/rule.dto';
import { BusinessRule } from './entities/business-rule.entity';
import { isBelow, parseRuleValue } from './rule-value';
import { SettingsError, SettingsErrorCode } from './settings.exception';

type RuleValues = { [K in RuleKey]: RuleValue<K> };

/**
 * Business rules (DOMAIN §13): every read goes to the database, so a change made by an
 * administrator applies to the next request or job run on every replica, without a restart.
 */
@Injectable()
export class RulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The rule's current value (override or default), typed by the catalogue. */
  async get<K extends RuleKey>(key: K, manager: EntityManager = this.db.manager): Promise<RuleValue<K>> {
    const rows: Array<{ value: RuleValue<K> }> = await manager.query(`SELECT value FROM business_rule WHERE key = $1`, [key]);
    return rows.length ? rows[0].value : (BUSINESS_RULES[key].default as RuleValue<K>);
  }

  /** Several rules in one query: `const { potentialDays, intentDays } = await rules.getMany(['potentialDays', 'intentDays'])`. */
  async getMany<K extends RuleKey>(keys: readonly K[], manager: EntityManager = this.db.manager): Promise<Pick<RuleValues, K>> {
    const rows: Array<{ key: K; value: RuleValue<K> }> = await manager.query(`SELECT key, value FROM business_rule WHERE key = ANY($1::text[])`, [
      [...keys],
    ]);
    const overrides = new Map(rows.map((r) => [r.key, r.value]));
    const out = {} as Pick<RuleValues, K>;
    for (const key of keys) (out as Record<K, unknown>)[key] = overrides.has(key) ? overrides.get(key) : BUSINESS_RULES[key].default;
    return out;
  }

  /** Resolution deadline (hours) of a service type of the `service-type` dictionary (DOMAIN §8). */
  async slaHoursFor(serviceTypeCode: string, manager: EntityManager = this.db.manager): Promise<number> {
    const key: RuleKey = (SLA_RULE_BY_SERVICE_TYPE as Record<string, RuleKey>)[serviceTypeCode] ?? 'slaHoursDefault';
    return (await this.get(key, manager)) as number;
  }

  async list(): Promise<RuleDto[]> {
    const overrides = await this.db.getRepository(BusinessRule).find();
    const byKey = new Map(overrides.map((o) => [o.key, o]));
    return RULE_KEYS.map((key) => toRuleDto(key, byKey.get(key) ?? null));
  }

  async getDto(key: string): Promise<RuleDto> {
    const ruleKey = this.known(key);
    return toRuleDto(ruleKey, await this.db.getRepository(BusinessRule).findOneBy({ key: ruleKey }));
  }

  async set(principal: Principal, key: string, raw: unknown, ifMatch?: string): Promise<RuleDto> {
    const ruleKey = this.known(key);
    const value = parseRuleValue(ruleKey, raw);
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-business-rules'))`);
      const current = await tx.findOne(BusinessRule, { where: { key: ruleKey } });
      assertVersionMatches(current?.version ?? 0, ifMatch);
      await this.assertOrder(tx, ruleKey, value);
      const before = current ? current.value : BUSINESS_RULES[ruleKey].default;
      const row = current ?? tx.create(BusinessRule, { key: ruleKey, version: 0 });
      row.value = value;
      row.updatedBy = principal.userId;
      row.updatedAt = this.clock.now();
      row.version = (current?.version ?? 0) + 1;
      await tx.save(row);
      await writeAudit(tx, { action: 'RULE_SET', entityType: 'BusinessRule', entityId: ruleKey, before: { value: before }, after: { value } });
      return toRuleDto(ruleKey, row);
    });
  }

  /** Back to the catalogue default. */
  async reset(key: string, ifMatch?: string): Promise<RuleDto> {
    const ruleKey = this.known(key);
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-business-rules'))`);
      const current = await tx.findOne(BusinessRule, { where: { key: ruleKey } });
      if (!current) return toRuleDto(ruleKey, null);
      assertVersionMatches(current.version, ifMatch);
      await this.assertOrder(tx, ruleKey, BUSINESS_RULES[ruleKey].default);
      await tx.delete(BusinessRule, { key: ruleKey });
      await writeAudit(tx, {
        action: 'RULE_RESET',
        entityType: 'BusinessRule',
        entityId: ruleKey,
        before: { value: current.value },
        after: { value: BUSINESS_RULES[ruleKey].default },
      });
      return toRuleDto(ruleKey, null);
    });
  }

  private known(key: string): RuleKey {
    if (!isRuleKey(key)) throw new SettingsError(SettingsErrorCode.UnknownRule, `No rule named ${key}`);
    return key;
  }

  /** Keeps ordered rules ordered (aging buckets, grade thresholds): a 400 naming `value` otherwise. */
  private async assertOrder(tx: EntityManager, key: RuleKey, value: unknown): Promise<void> {
    for (const [lower, upper] of RULE_ORDER) {
      if (key !== lower && key !== upper) continue;
      const other = key === lower ? upper : lower;
      const otherValue = (await this.get(other, tx)) as number | string;
      const ok = key === lower ? isBelow(value as number | string, otherValue) : isBelow(otherValue, value as number | string);
      if (!ok) {
        throw new RequestValidationError([
          { field: 'value', message: `must be ${key === lower ? 'less' : 'greater'} than ${other} (${otherValue})`, code: 'ruleOrder' },
        ]);
      }
    }
  }
}
