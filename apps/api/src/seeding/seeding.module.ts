import { Module } from '@nestjs/common';
import { SeedingService } from './seeding.service.js';

@Module({ providers: [SeedingService], exports: [SeedingService] })
export class SeedingModule {}
