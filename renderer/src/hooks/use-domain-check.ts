import { useEffect, useState } from 'react';
import type { DomainCheck } from '../../../shared/ipc/channels';
import { parseEmail } from '../../../shared/email/parse-email';
import { api } from '../api';

// Long enough not to ask at every keystroke, short enough to answer before the person reaches the password.
const SETTLE_MS = 200;

/**
 * What the address's domain tells (the provider's needs, a likely typo), asked of main as the person types: a
 * pure lookup there, nothing is sent anywhere. Kept while only the part before the @ changes.
 */
export function useDomainCheck(email: string): DomainCheck | undefined {
  const [check, setCheck] = useState<{ domain: string; value: DomainCheck }>();
  const parsed = parseEmail(email);
  const domain = parsed.ok ? parsed.email.domain : undefined;
  useEffect(() => {
    if (!domain) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void api()
        .checkDomain({ domain })
        .then((reply) => {
          if (current && reply.ok) setCheck({ domain, value: reply.value });
        });
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [domain]);
  return domain && check?.domain === domain ? check.value : undefined;
}
