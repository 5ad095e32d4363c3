import type { SendTestView } from '../../shared/ipc/channels';
import type { SendTestResult } from '../engine/send-test';
import { sendTestFinding } from '../report/verdict';

/**
 * What the page learns of a test message: the report's own finding for it (so the wizard and the shared report say
 * the same), or that the person stopped it. Never the password, the message's ID or the servers' raw replies.
 */
export function sendTestView(outcome: SendTestResult): SendTestView {
  if (outcome.status === 'failed' && outcome.error.code === 'ECANCELLED')
    return { status: 'cancelled', message: { key: 'wizard:sendTest.cancelled' } };
  if (outcome.status === 'not-possible') return { status: 'failed', message: { key: `wizard:sendTest.notPossible.${outcome.why}` } };
  const finding = sendTestFinding(outcome)!;
  const status = outcome.status === 'delivered' ? (outcome.inJunk ? 'in-junk' : 'delivered') : outcome.status;
  return { status, message: finding.message };
}
