import { InitialSchema1795915927036 } from './1795915927036-InitialSchema.js';
import { HouseholdReferenceSequence1795916000000 } from './1795916000000-HouseholdReferenceSequence.js';
import { Accounts1795916764511 } from './1795916764511-Accounts.js';
import { Rounds1795917370693 } from './1795917370693-Rounds.js';
import { AuditAppendOnly1795917400000 } from './1795917400000-AuditAppendOnly.js';
import { ProposalLifecycle1795976966575 } from './1795976966575-ProposalLifecycle.js';
import { ReferenceDataLifecycle1795977266202 } from './1795977266202-ReferenceDataLifecycle.js';
import { RunLifecycle1795980000000 } from './1795980000000-RunLifecycle.js';
import { ProposalHomeBandCheck1795990000000 } from './1795990000000-ProposalHomeBandCheck.js';
import { VocabularyNormalForm1795990100000 } from './1795990100000-VocabularyNormalForm.js';
import { ExplanationAlternativeFit1795990200000 } from './1795990200000-ExplanationAlternativeFit.js';
import { VersionedJsonColumns1795990300000 } from './1795990300000-VersionedJsonColumns.js';
import { VersionedJsonRecords1795990400000 } from './1795990400000-VersionedJsonRecords.js';
import { HardTies1795998162245 } from './1795998162245-HardTies.js';
import { PolicyPromises1795998200000 } from './1795998200000-PolicyPromises.js';
import { RunQueueReport1796002286626 } from './1796002286626-RunQueueReport.js';
import { ExplanationFitScale1796100000000 } from './1796100000000-ExplanationFitScale.js';
import { ProposalArrangements1796200000000 } from './1796200000000-ProposalArrangements.js';
import { RoundPolicyResponseDays1796200100000 } from './1796200100000-RoundPolicyResponseDays.js';
import { IscoDutchTitles1796300000000 } from './1796300000000-IscoDutchTitles.js';
import { ProfileTextTranslations1796300100000 } from './1796300100000-ProfileTextTranslations.js';
import { FairnessCounted1796500000000 } from './1796500000000-FairnessCounted.js';
import { ReadModelVersion1796630000000 } from './1796630000000-ReadModelVersion.js';
import { JobQueue1796640000000 } from './1796640000000-JobQueue.js';
import { RateLimitPoints1796650000000 } from './1796650000000-RateLimitPoints.js';
import { RunProgressNotify1796660000000 } from './1796660000000-RunProgressNotify.js';
import { RunAttempt1796670000000 } from './1796670000000-RunAttempt.js';
import { ReadModelProposalColumns1796680000000 } from './1796680000000-ReadModelProposalColumns.js';
import { AccessCodes1796690000000 } from './1796690000000-AccessCodes.js';
import { Notifications1796700000000 } from './1796700000000-Notifications.js';
import { MailChannel1796710000000 } from './1796710000000-MailChannel.js';
import { DeadlineReminders1796720000000 } from './1796720000000-DeadlineReminders.js';
import { RoundPublishedNotice1796730000000 } from './1796730000000-RoundPublishedNotice.js';
import { Erasure1796740000000 } from './1796740000000-Erasure.js';
import { HouseholdChanges1796750000000 } from './1796750000000-HouseholdChanges.js';
import { HouseholdLineage1796760000000 } from './1796760000000-HouseholdLineage.js';
import { NewcomerLanguages1796770000000 } from './1796770000000-NewcomerLanguages.js';
import { PositionNotice1796780000000 } from './1796780000000-PositionNotice.js';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: Function[] = [
  InitialSchema1795915927036,
  HouseholdReferenceSequence1795916000000,
  Accounts1795916764511,
  Rounds1795917370693,
  AuditAppendOnly1795917400000,
  ProposalLifecycle1795976966575,
  ReferenceDataLifecycle1795977266202,
  RunLifecycle1795980000000,
  ProposalHomeBandCheck1795990000000,
  VocabularyNormalForm1795990100000,
  ExplanationAlternativeFit1795990200000,
  VersionedJsonColumns1795990300000,
  VersionedJsonRecords1795990400000,
  HardTies1795998162245,
  PolicyPromises1795998200000,
  RunQueueReport1796002286626,
  ExplanationFitScale1796100000000,
  ProposalArrangements1796200000000,
  RoundPolicyResponseDays1796200100000,
  IscoDutchTitles1796300000000,
  ProfileTextTranslations1796300100000,
  FairnessCounted1796500000000,
  ReadModelVersion1796630000000,
  JobQueue1796640000000,
  RateLimitPoints1796650000000,
  RunProgressNotify1796660000000,
  RunAttempt1796670000000,
  ReadModelProposalColumns1796680000000,
  AccessCodes1796690000000,
  Notifications1796700000000,
  MailChannel1796710000000,
  DeadlineReminders1796720000000,
  RoundPublishedNotice1796730000000,
  Erasure1796740000000,
  HouseholdChanges1796750000000,
  HouseholdLineage1796760000000,
  NewcomerLanguages1796770000000,
  PositionNotice1796780000000,
];
