import { Module } from '@nestjs/common';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';

@Module({ providers: [ProposalsResolver, ProposalsService], exports: [ProposalsService] })
export class ProposalsModule {}
