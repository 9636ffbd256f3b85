import { Injectable } from '@nestjs/common';
import { AuditRepository, type AuditFilter } from '#persistence/repositories/audit.repository.js';
import { AccountRepository } from '#persistence/repositories/account.repository.js';
import type { Page } from '../common/page.args.js';
import { toAuditEvent } from './audit.mapper.js';
import type { AuditEvent } from './models/audit-event.model.js';

@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly accounts: AccountRepository,
  ) {}

  /** Events matching `filter`, newest first, one page. */
  async find(filter: AuditFilter, page: Page): Promise<AuditEvent[]> {
    return (await this.audit.find(filter, page)).map(toAuditEvent);
  }

  /** How many events match `filter`. */
  count(filter: AuditFilter): Promise<number> {
    return this.audit.count(filter);
  }

  /** The e-mail addresses of these accounts (the actors of a page of events), by id. */
  actorEmails(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.accounts.emailsOf(ids);
  }
}
