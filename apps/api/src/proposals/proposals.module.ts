import { Module } from '@nestjs/common';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';
import { ProposalExpiryService } from './proposal-expiry.service.js';

@Module({ providers: [ProposalsResolver, ProposalsService, ProposalExpiryService], exports: [ProposalsService, ProposalExpiryService] })
export class ProposalsModule {}
