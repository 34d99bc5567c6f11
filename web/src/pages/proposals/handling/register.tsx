// Puts the handling buttons (assign, sign, decline, extension, contact, co-opinion, reply,
// close, rate) into the proposal page's action bar, keyed by the server's action names.
import { registerProposalAction } from '../DetailActions';
import { AssignButton } from './AssignDialog';
import { RateButton } from './RateButton';
import { ReplyButton } from './ReplyDrawer';
import { CloseButton, CoOpinionButton, ContactButton, DeclineButton, ExtensionButton, SignButton } from './UnitActions';

registerProposalAction('assign', (ctx) => <AssignButton {...ctx} />);
registerProposalAction('sign', (ctx) => <SignButton {...ctx} />);
registerProposalAction('reply', (ctx) => <ReplyButton {...ctx} />);
registerProposalAction('rate', (ctx) => <RateButton {...ctx} />);
registerProposalAction('contact', (ctx) => <ContactButton {...ctx} />);
registerProposalAction('coOpinion', (ctx) => <CoOpinionButton {...ctx} />);
registerProposalAction('applyExtension', (ctx) => <ExtensionButton {...ctx} />);
registerProposalAction('declineAssignment', (ctx) => <DeclineButton {...ctx} />);
registerProposalAction('close', (ctx) => <CloseButton {...ctx} />);
