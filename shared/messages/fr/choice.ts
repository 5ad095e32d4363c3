import type { Translation } from '../catalog-shape';
import type { choice as en } from '../en/choice';

export const choice: Translation<typeof en> = {
  security: {
    tls: 'La connexion est chiffrée dès le premier octet (TLS), l’option la plus sûre.',
    starttls: 'La connexion est chiffrée avec STARTTLS avant l’envoi de votre mot de passe.',
    plain: 'Attention : cette connexion n’est pas chiffrée. Votre mot de passe et vos messages peuvent être lus sur le réseau.',
  },
  protocol: {
    imap: 'IMAP garde vos messages sur le serveur : ils restent identiques sur tous vos appareils.',
    pop3: 'POP3 télécharge vos messages sur cet appareil ; vos autres appareils ne verront pas ce que vous lisez ou classez.',
  },
  source: {
    user: 'Vous avez saisi ces réglages.',
    provider: 'Votre fournisseur figure dans notre liste de fournisseurs connus ({{detail}}).',
    srv: 'Votre domaine publie ce serveur dans son DNS (un enregistrement SRV), la façon standard d’annoncer les serveurs de messagerie.',
    autoconfig: 'Votre domaine publie ces réglages dans un fichier de configuration ({{detail}}).',
    ispdb: 'Ces réglages viennent de la base de fournisseurs de Thunderbird (ISPDB).',
    autodiscover: 'Votre domaine annonce ces réglages par Autodiscover, comme Outlook les utilise.',
    microsoft365: 'Microsoft reconnaît cette boîte aux lettres comme Microsoft 365 ou Outlook.com ({{detail}}).',
    mx: 'Trouvé à partir du serveur qui reçoit le courrier de votre domaine ({{detail}}).',
    guess: 'Trouvé en essayant des noms de serveur courants ({{detail}}).',
    'autoconfig-http': 'Vient d’un fichier de configuration récupéré sans chiffrement ({{detail}}) ; vérifiez-le avant de vous y fier.',
  },
  alternatives: 'Autres réglages qui fonctionnent aussi : {{servers}}.',
  alternative: '{{host}} port {{port}} ({{security}})',
};
