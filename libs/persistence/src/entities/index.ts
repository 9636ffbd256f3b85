import { MunicipalityEntity } from './municipality.entity.js';
import { IscoOccupationEntity } from './isco-occupation.entity.js';
import { MunicipalityProfileEntity } from './municipality-profile.entity.js';
import { CapacityEntity } from './capacity.entity.js';
import { HouseholdEntity } from './household.entity.js';
import { HouseholdMemberEntity } from './household-member.entity.js';
import { MemberProfessionEntity } from './member-profession.entity.js';
import { MemberLanguageEntity } from './member-language.entity.js';
import { HouseholdTieEntity } from './household-tie.entity.js';
import { HouseholdProtectedEntity } from './household-protected.entity.js';
import { SeedStateEntity } from './seed-state.entity.js';
import { AccountEntity } from './account.entity.js';
import { ROUND_ENTITIES } from './round.entity.js';
import { ProposalEntity } from './proposal.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AccessCodeEntity } from './access-code.entity.js';
import { NotificationEntity } from './notification.entity.js';

export * from './municipality.entity.js';
export * from './isco-occupation.entity.js';
export * from './municipality-profile.entity.js';
export * from './capacity.entity.js';
export * from './household.entity.js';
export * from './household-member.entity.js';
export * from './member-profession.entity.js';
export * from './member-language.entity.js';
export * from './household-tie.entity.js';
export * from './household-protected.entity.js';
export * from './seed-state.entity.js';
export * from './account.entity.js';
export * from './round.entity.js';
export * from './proposal.entity.js';
export * from './audit-event.entity.js';
export * from './access-code.entity.js';
export * from './notification.entity.js';

export const ENTITIES = [
  MunicipalityEntity,
  IscoOccupationEntity,
  MunicipalityProfileEntity,
  CapacityEntity,
  HouseholdEntity,
  HouseholdMemberEntity,
  MemberProfessionEntity,
  MemberLanguageEntity,
  HouseholdTieEntity,
  HouseholdProtectedEntity,
  SeedStateEntity,
  AccountEntity,
  ...ROUND_ENTITIES,
  ProposalEntity,
  AuditEventEntity,
  AccessCodeEntity,
  NotificationEntity,
];
