import { Injectable } from '@nestjs/common';
import { AuditRepository, type AuditFilter } from '#persistence/repositories/audit.repository.js';
import type { Page } from '../common/page.args.js';
import { toAuditEvent } from './audit.mapper.js';
import type { AuditEvent } from './models/audit-event.model.js';

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Events matching `filter`, newest first, one page. */
  async find(filter: AuditFilter, page: Page): Promise<AuditEvent[]> {
    return (await this.audit.find(filter, page)).map(toAuditEvent);
  }
}
