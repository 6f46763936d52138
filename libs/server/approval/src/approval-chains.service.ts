import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, notFound, Principal, writeAudit } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ApprovalError, ApprovalErrorCode } from './approval.exception';
import { existingRoleCodes, insertChainIfMissing, lockChainEdits, lockChainSeed } from './approval.repository';
import { DEFAULT_APPROVAL_CHAINS } from './approval-chains';
import { ApprovalHandlers } from './approval-handlers';
import { ApprovalChainDto, SUBJECT_TYPE_PATTERN, toApprovalChainDto, toChainSteps, UpdateApprovalChainDto } from './dto/approval-chain.dto';
import { ApprovalChain } from './entities/approval-chain.entity';

/** Approval chains: who approves each kind of request. Defaults seeded at start, edited by admins. */
@Injectable()
export class ApprovalChainsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly handlers: ApprovalHandlers,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedDefaults();
  }

  /** Adds the shipped chains that are missing; never overwrites an administrator's edit. */
  async seedDefaults(): Promise<number> {
    return this.db.transaction(async (tx) => {
      await lockChainSeed(tx);
      let added = 0;
      for (const chain of DEFAULT_APPROVAL_CHAINS) {
        if (await insertChainIfMissing(tx, chain, this.clock.now())) added++;
      }
      if (added) {
        await writeAudit(tx, { action: 'SEED', entityType: 'ApprovalChain', after: { chains: added }, actorId: null, actorName: 'system' });
        this.logger.log(`seeded ${added} approval chains`);
      }
      return added;
    });
  }

  async list(): Promise<ApprovalChainDto[]> {
    const chains = await this.db.getRepository(ApprovalChain).find({ order: { subjectType: 'ASC' } });
    return chains.map((c) => toApprovalChainDto(c, !!this.handlers.get(c.subjectType)));
  }

  async get(subjectType: string): Promise<ApprovalChainDto> {
    const chain = await this.db.getRepository(ApprovalChain).findOneBy({ subjectType });
    if (!chain) throw notFound('Approval chain', subjectType);
    return toApprovalChainDto(chain, !!this.handlers.get(subjectType));
  }

  /** The chain a new request of this type follows (read in the submitter's transaction). */
  async chainFor(manager: EntityManager, subjectType: string): Promise<ApprovalChain> {
    const chain = await manager.findOne(ApprovalChain, { where: { subjectType } });
    if (!chain) throw new ApprovalError(ApprovalErrorCode.ChainMissing, `No approval chain for ${subjectType}`);
    return chain;
  }

  /**
   * Replaces the steps (and optionally the name) of a chain. Only known subject types: a shipped
   * chain or one a module handles. Requests already submitted keep the steps they started with.
   */
  async update(principal: Principal, subjectType: string, dto: UpdateApprovalChainDto, ifMatch?: string): Promise<ApprovalChainDto> {
    const known = SUBJECT_TYPE_PATTERN.test(subjectType);
    const steps = toChainSteps(dto.steps);
    const chain = await this.db.transaction(async (tx) => {
      await lockChainEdits(tx);
      const current = known ? await tx.findOne(ApprovalChain, { where: { subjectType } }) : null;
      if (!current && (!known || !this.handlers.get(subjectType))) throw notFound('Approval chain', subjectType);
      assertVersionMatches(current?.version ?? 0, ifMatch, dto.version);
      await this.assertRolesExist(tx, steps.map((s) => (s.kind === 'ROLE' ? s.roleCode : null)));
      const row = current ?? tx.create(ApprovalChain, { subjectType, name: dto.name ?? subjectType, version: 0 });
      const before = current ? { name: current.name, steps: current.steps } : null;
      if (dto.name !== undefined) row.name = dto.name;
      row.steps = steps;
      row.updatedBy = principal.userId;
      row.updatedAt = this.clock.now();
      row.version = (current?.version ?? 0) + 1;
      await tx.save(row);
      await writeAudit(tx, { action: 'CHAIN_SET', entityType: 'ApprovalChain', entityId: subjectType, before, after: { name: row.name, steps } });
      return row;
    });
    return toApprovalChainDto(chain, !!this.handlers.get(subjectType));
  }

  private async assertRolesExist(tx: EntityManager, codes: Array<string | null>): Promise<void> {
    const wanted = [...new Set(codes.filter((c): c is string => !!c))];
    if (!wanted.length) return;
    const existing = await existingRoleCodes(tx, wanted);
    const errors = codes
      .map((code, i) => ({ code, i }))
      .filter(({ code }) => code && !existing.has(code))
      .map(({ code, i }) => ({ field: `steps[${i}].roleCode`, message: `no role ${code}`, code: 'isRole' }));
    if (errors.length) throw new ApprovalError(ApprovalErrorCode.UnknownRole, errors.map((e) => e.message).join('; '), { errors });
  }
}
