import type { Translation } from '../catalog-shape';
import type { email as en } from '../en/email';

export const email: Translation<typeof en> = {
  problem: {
    empty: 'Saisissez votre adresse e-mail.',
    'no-at': 'Une adresse e-mail a besoin d’un @ entre le nom et le domaine.',
    'no-local': 'La partie avant le @ manque.',
    'two-at': 'Une adresse e-mail n’a qu’un seul @.',
    'bad-local': 'La partie avant le @ contient des caractères non autorisés, ou elle est trop longue.',
    'no-domain': 'Le domaine après le @ manque.',
    'bad-domain': 'Le domaine après le @ n’est pas un nom de domaine valide (par exemple example.com).',
    'too-long': 'Cette adresse e-mail est trop longue.',
  },
  ok: 'Ça semble correct : {{domain}}',
};
