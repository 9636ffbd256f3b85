import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, openDatabase, type DatabaseConfig } from './data-source.js';
import {
  AccessCodeRepository,
  NotificationRepository,
  MailOutboxRepository,
  DataExportRepository,
  ErasureRepository,
  HouseholdChangeRepository,
  AccountRepository,
  AuditRepository,
  ProposalRepository,
  RoundRepository,
  RunRepository,
  WaitingRepository,
  CapacityRepository,
  HouseholdRepository,
  IscoRepository,
  MunicipalityProfileRepository,
  MunicipalityRepository,
  SeedRepository,
  ReferenceDataRepository,
} from './repositories/index.js';

const REPOSITORIES = [
  MunicipalityRepository,
  IscoRepository,
  MunicipalityProfileRepository,
  CapacityRepository,
  HouseholdRepository,
  SeedRepository,
  ReferenceDataRepository,
  AccountRepository,
  AccessCodeRepository,
  NotificationRepository,
  MailOutboxRepository,
  DataExportRepository,
  ErasureRepository,
  HouseholdChangeRepository,
  AuditRepository,
  RoundRepository,
  RunRepository,
  ProposalRepository,
  WaitingRepository,
];

/** The database connection (migrations run on start) and the repositories, which alone touch it. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(config: DatabaseConfig): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => buildDataSourceOptions(config),
          // connects and runs the migrations, one process at a time on a server (openDatabase)
          dataSourceFactory: () => openDatabase(config),
        }),
      ],
      providers: REPOSITORIES,
      exports: REPOSITORIES,
    };
  }
}
