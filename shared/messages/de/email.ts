import type { Translation } from '../catalog-shape';
import type { email as en } from '../en/email';

export const email: Translation<typeof en> = {
  problem: {
    empty: 'Geben Sie Ihre E-Mail-Adresse ein.',
    'no-at': 'Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain.',
    'no-local': 'Der Teil vor dem @ fehlt.',
    'two-at': 'Eine E-Mail-Adresse hat nur ein @.',
    'bad-local': 'Der Teil vor dem @ enthält unzulässige Zeichen oder ist zu lang.',
    'no-domain': 'Die Domain nach dem @ fehlt.',
    'bad-domain': 'Die Domain nach dem @ ist kein gültiger Domainname (zum Beispiel example.com).',
    'too-long': 'Diese E-Mail-Adresse ist zu lang.',
  },
  ok: 'Sieht richtig aus: {{domain}}',
};
