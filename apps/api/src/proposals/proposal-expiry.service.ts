import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ProposalRepository } from '#persistence/repositories/proposal.repository.js';
import type { AuditEntry } from '#persistence/repositories/audit.repository.js';
import { AUDIT_ACTIONS } from '#matching/vocabulary/audit.js';
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { APP_CONFIG, DEFAULT_EXPIRY_INTERVAL_MINUTES, type AppConfig } from '../config/app-config.js';

/** Proposals one pass of the expiry ends at most; a longer backlog is ended by the next passes. */
export const EXPIRY_BATCH = 500;

/** Who an expiry is recorded as done by: the service itself, or an officer who asked for a pass. */
type Actor = Pick<AuditEntry, 'actorAccountId' | 'actorRole'>;
const SYSTEM: Actor = { actorAccountId: null, actorRole: 'system' };

/** What one pass did: the ids of the proposals it ended (each gave its capacity back once), and how many it reminded of their deadline. */
export interface ExpiryPass {
  readonly today: string;
  readonly expired: readonly string[];
  readonly reminded: number;
}

/**
 * Ends proposals whose response deadline passed while a side's answer is missing (issue 16, "Deadlines";
 * `expiresOn` in matching/vocabulary/lifecycle.ts): status `expired`, the capacity given back, the household in the
 * queue again, audited as `proposal.expire` by the system. Runs every `proposals.expiryIntervalMinutes` minutes in
 * each API process (0: never by itself; `expireOverdueProposals` runs a pass on request) and once soon after start.
 * Several processes may pass at the same time: each proposal is locked and checked again before it ends
 * (`ProposalRepository.expire`), so it ends, and gives its capacity back, once.
 * Both sides and the officers are told (`proposal_expired` notifications, written with the expiry); officers also
 * see expired proposals on their proposals page (status filter "expired"). The same pass reminds a side that has not
 * answered, from two days before the deadline, once per deadline (`deadline_near`; ProposalRepository.remindDue).
 */
@Injectable()
export class ProposalExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProposalExpiryService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ExpiryPass> | null = null;

  constructor(
    private readonly proposals: ProposalRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.proposals?.expiryIntervalMinutes ?? DEFAULT_EXPIRY_INTERVAL_MINUTES;
    if (minutes <= 0) return;
    const pass = () => void this.expireOverdue().catch((error: unknown) => this.logger.error(`expiring proposals failed: ${String(error)}`));
    this.timer = setInterval(pass, minutes * 60_000);
    this.timer.unref();
    setTimeout(pass, 1_000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /**
   * One pass on the Dutch date of `now`: ends every proposal that expires today (`EXPIRY_BATCH` at most), oldest
   * deadline first, recorded as done by `actor` (the system, or the officer who asked). A pass already under way in
   * this process is joined, not repeated.
   */
  expireOverdue(now = new Date(), actor: Actor = SYSTEM): Promise<ExpiryPass> {
    this.running ??= this.pass(now, actor).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(now: Date, actor: Actor): Promise<ExpiryPass> {
    const today = dutchDate(now);
    const expired: string[] = [];
    for (const id of await this.proposals.expiringIds(today, EXPIRY_BATCH)) {
      const audit: AuditEntry = { ...actor, action: 'proposal.expire', entityType: AUDIT_ACTIONS['proposal.expire'], entityId: id, after: { today } };
      const outcome = await this.proposals.expire(id, today, audit, now);
      if (outcome.kind === 'ok') expired.push(id);
    }
    if (expired.length > 0) this.logger.log(`${expired.length} proposal(s) expired (deadline before ${today})`);
    const reminded = await this.proposals.remindDue(today, EXPIRY_BATCH);
    if (reminded > 0) this.logger.log(`${reminded} proposal(s): a side was reminded of its deadline`);
    return { today, expired, reminded };
  }
}
