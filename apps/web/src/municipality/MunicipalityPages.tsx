import { Route, Routes } from 'react-router';
import { ProposalsPage } from './ProposalsPage';
import { CapacityPage } from './CapacityPage';
import { ProfilePage } from './ProfilePage';
import { MessagesPage } from '../components/MessagesPage';
import { describeMessage, type MessageWords } from '../components/message-words';
import { useT } from '../i18n/I18n';

/** What each message says to a municipality's staff (municipality.json). */
const MUNICIPALITY_WORDS: MessageWords = {
  PROPOSALS_RECEIVED: 'messages.municipality.proposalsReceived',
  NEWCOMER_ANSWERED: 'messages.municipality.newcomerAnswered',
  CONTEST_REVIEWED: 'messages.municipality.contestReviewed',
  PROPOSAL_WITHDRAWN: 'messages.municipality.proposalWithdrawn',
  DEADLINE_EXTENDED: 'messages.municipality.deadlineExtended',
  DEADLINE_NEAR: 'messages.municipality.deadlineNear',
  HOUSEHOLD_CHANGED: 'messages.municipality.householdChanged',
  PROPOSAL_EXPIRED: 'messages.municipality.proposalExpired',
  other: 'messages.municipality.other',
};

/** Our messages: each about a proposal for us, listed on the proposals page. */
function MunicipalityMessages() {
  const t = useT();
  return <MessagesPage describe={(m) => describeMessage(t, MUNICIPALITY_WORDS, m)} linkOf={() => '/municipality'} />;
}

/** The municipality's pages (one code chunk): proposals (the home), places and homes, our profile. */
export default function MunicipalityPages() {
  return (
    <Routes>
      <Route index element={<ProposalsPage />} />
      <Route path="capacity" element={<CapacityPage />} />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="messages" element={<MunicipalityMessages />} />
    </Routes>
  );
}
