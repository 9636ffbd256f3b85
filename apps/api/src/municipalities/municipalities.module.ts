import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalitiesService } from './municipalities.service.js';

@Module({ providers: [MunicipalitiesResolver, MunicipalitiesService], exports: [MunicipalitiesService] })
export class MunicipalitiesModule {}
