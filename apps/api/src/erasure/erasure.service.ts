import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ErasureRepository, type ErasureOutcome } from '#persistence/repositories/erasure.repository.js';
import { DomainError } from '#common/domain-error.js';
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { ERASURE_REASON_LENGTH, RETENTION_MONTHS_AFTER_PLACEMENT, retentionCutoff } from '#matching/vocabulary/retention.js';
import { APP_CONFIG, DEFAULT_RETENTION_INTERVAL_HOURS, type AppConfig } from '../config/app-config.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import type { Viewer } from '../auth/viewer.js';
import type { HouseholdEntity } from '#persistence/entities/household.entity.js';

/** Cases one retention pass erases at most; a longer backlog is erased by the next passes. */
export const RETENTION_BATCH = 200;

/** What one retention pass did: the Dutch day it ran for, the last move-in date it erased, and the households it erased. */
export interface RetentionPass {
  readonly today: string;
  readonly cutoff: string;
  readonly erased: readonly string[];
}

const SYSTEM = { accountId: null, role: 'system' } as const;

/**
 * Retention and erasure of a case's personal data (issue 16; AVG/GDPR art. 5(1)(e) and 17; what goes and what stays:
 * matching/vocabulary/retention.ts).
 * - The scheduled pass erases every placed case `retention.monthsAfterPlacement` months after its move-in date
 *   (`retentionCutoff`), as the system, audited `household.erase` (kind `retention`). It runs every
 *   `retention.intervalHours` hours in each API process (0: never by itself) and once a minute after start; two
 *   processes passing at once erase each case once (`ErasureRepository.erase` locks the household and checks again).
 * - An officer erases a case on the household's request with a reason (`eraseOnRequest`, kind `request`).
 * Neither erases a case that still awaits a decision or a move (an open, contested or accepted proposal) or that is
 * in a round not yet published.
 */
@Injectable()
export class ErasureService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ErasureService.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<RetentionPass> | null = null;

  constructor(
    private readonly erasures: ErasureRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.config.retention?.intervalHours ?? DEFAULT_RETENTION_INTERVAL_HOURS;
    if (hours <= 0) return;
    const pass = () => void this.erasePastRetention().catch((error: unknown) => this.logger.error(`the retention pass failed: ${String(error)}`));
    this.timers = [setInterval(pass, hours * 3_600_000), setTimeout(pass, 60_000)];
    for (const timer of this.timers) timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.running?.catch(() => undefined);
  }

  /** Months after moving in that a case is kept (configured, else RETENTION_MONTHS_AFTER_PLACEMENT). */
  get monthsAfterPlacement(): number {
    return this.config.retention?.monthsAfterPlacement ?? RETENTION_MONTHS_AFTER_PLACEMENT;
  }

  /**
   * One pass on the Dutch date of `now`: erases every placed case that moved in on or before `retentionCutoff`
   * (`RETENTION_BATCH` at most, earliest move first). A pass already under way in this process is joined.
   */
  erasePastRetention(now = new Date()): Promise<RetentionPass> {
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(now: Date): Promise<RetentionPass> {
    const today = dutchDate(now);
    const cutoff = retentionCutoff(today, this.monthsAfterPlacement);
    const erased: string[] = [];
    for (const id of await this.erasures.dueForRetention(cutoff, RETENTION_BATCH)) {
      const audit = auditEntry(SYSTEM, 'household.erase', id, null, { kind: 'retention', movedInOnOrBefore: cutoff });
      const outcome = await this.erasures.erase(id, { kind: 'retention', reason: null, at: now, placedOnOrBefore: cutoff }, audit);
      if (outcome.kind === 'erased') erased.push(id);
    }
    if (erased.length > 0) this.logger.log(`${erased.length} case(s) erased: moved in on or before ${cutoff}`);
    return { today, cutoff, erased };
  }

  /**
   * An officer erases a case on the household's request (art. 17), with `reason` (trimmed, ERASURE_REASON_LENGTH;
   * no names: it is kept). BAD_USER_INPUT (householdId, reason); NOT_FOUND for an unknown household; CONFLICT when
   * it was erased already, has a proposal awaiting a decision or a move, or is in a round not yet published.
   */
  async eraseOnRequest(viewer: Viewer, householdId: string, reason: string, now = new Date()): Promise<HouseholdEntity> {
    const trimmed = reason.trim();
    const problems = [
      ...(isUuid(householdId) ? [] : [{ field: 'householdId', message: 'must be a household id (a UUID)' }]),
      ...(trimmed.length < ERASURE_REASON_LENGTH.min || trimmed.length > ERASURE_REASON_LENGTH.max
        ? [{ field: 'reason', message: `must be ${ERASURE_REASON_LENGTH.min}–${ERASURE_REASON_LENGTH.max} characters (after trimming)` }]
        : []),
    ];
    if (problems.length) throw DomainError.badInput(problems);
    const audit = auditEntry(viewer, 'household.erase', householdId, null, { kind: 'request', reason: trimmed });
    const outcome = await this.erasures.erase(householdId, { kind: 'request', reason: trimmed, at: now }, audit);
    if (outcome.kind === 'erased') return outcome.household;
    throw refusal(householdId, outcome);
  }
}

function refusal(householdId: string, outcome: Exclude<ErasureOutcome, { kind: 'erased' }>): DomainError {
  switch (outcome.kind) {
    case 'not_found':
      return DomainError.notFound(`household ${householdId}`);
    case 'already_erased':
      return new DomainError('CONFLICT', 'This case was erased already');
    case 'active_proposal':
      return new DomainError('CONFLICT', `This case has a proposal that is ${outcome.status}: end it first (withdraw it), or wait until the household has moved in`);
    case 'draft_round':
      return new DomainError('CONFLICT', 'This case is in a round that is not published yet: publish the round first, or erase the case after it');
    case 'not_due':
      return new DomainError('CONFLICT', 'This case is not due for erasure');
  }
}
