import type { Translation } from '../catalog-shape';
import type { source as en } from '../en/source';

export const source: Translation<typeof en> = {
  name: {
    provider: 'Liste des fournisseurs connus',
    srv: 'Enregistrements DNS de votre domaine',
    autoconfig: 'Fichier de réglages de votre domaine',
    ispdb: 'Base de fournisseurs de Thunderbird',
    autodiscover: 'Outlook Autodiscover',
    microsoft365: 'Microsoft 365 et Exchange',
    mx: 'Serveur de réception (MX) de votre domaine',
    guess: 'Noms de serveur courants',
    user: 'Saisi par vous',
    'autoconfig-http': 'Fichier de réglages par une connexion non sécurisée',
  },
  note: {
    'app-password':
      'exige un mot de passe d’application : créez-en un dans les paramètres de sécurité de votre compte et utilisez-le ici à la place de votre mot de passe habituel',
    'authorization-code':
      'exige un code d’autorisation (授权码) au lieu de votre mot de passe : activez IMAP/SMTP dans les paramètres du webmail et générez-en un',
    'oauth2-only':
      'n’accepte aucun mot de passe des applications de messagerie ; utilisez une application qui se connecte auprès de votre fournisseur (OAuth2)',
    'enable-imap': 'exige d’abord d’activer l’accès IMAP/POP dans les paramètres du webmail',
    'bridge-required': 'ne fonctionne dans les applications de messagerie qu’à travers son application Bridge',
  },
  provider: {
    gmail:
      'Google n’accepte votre mot de passe habituel que par sa propre connexion (OAuth2). Avec la validation en deux étapes activée, créez un mot de passe d’application et utilisez-le ici.',
    outlook:
      'Microsoft a désactivé les connexions par mot de passe pour Outlook.com : les applications de messagerie doivent se connecter par Microsoft (OAuth2).',
    microsoft365:
      'Exchange Online n’autorise IMAP et POP qu’avec la connexion Microsoft (OAuth2), et seulement si votre administrateur les a activés.',
    yahoo: 'Yahoo exige un mot de passe d’application pour les applications de messagerie ; votre mot de passe habituel sera refusé.',
    icloud: 'iCloud exige un mot de passe pour application, créé sur la page de votre compte Apple. iCloud ne propose pas POP3.',
    aol: 'AOL exige un mot de passe d’application pour les applications de messagerie.',
    gmx: 'Activez d’abord « POP3/IMAP access » dans les paramètres du webmail GMX.',
    'gmx-com': 'Activez d’abord « POP3/IMAP access » dans les paramètres du webmail GMX.',
    webde: 'Activez d’abord « POP3/IMAP Abruf » dans les paramètres de WEB.DE.',
    yandex: 'Yandex exige un mot de passe d’application, et l’accès des applications de messagerie activé dans ses paramètres.',
    mailru: 'Mail.ru exige un mot de passe pour applications externes, créé dans ses paramètres de sécurité.',
    qq: 'QQ Mail exige un code d’autorisation (授权码) au lieu de votre mot de passe QQ : activez IMAP/SMTP dans les paramètres et générez-en un.',
    exmail: 'Si la connexion sécurisée est activée, générez un mot de passe propre au client dans les paramètres d’Exmail.',
    netease163: '163 Mail exige un code d’autorisation client (客户端授权密码) : activez IMAP/SMTP dans les paramètres et créez-en un.',
    netease126: '126 Mail exige un code d’autorisation client (客户端授权密码) : activez IMAP/SMTP dans les paramètres et créez-en un.',
    yeah: 'yeah.net exige un code d’autorisation client (客户端授权密码).',
    sina: 'Activez IMAP/SMTP dans les paramètres de Sina Mail ; un code d’autorisation peut être demandé.',
    china139: '139 Mail exige un code d’autorisation pour les applications de messagerie.',
    fastmail: 'Fastmail exige un mot de passe d’application pour les applications de messagerie.',
    zoho: 'Activez l’accès IMAP dans les paramètres de Zoho Mail ; avec la connexion à deux facteurs, utilisez un mot de passe propre à l’application.',
    'zoho-eu':
      'Activez l’accès IMAP dans les paramètres de Zoho Mail ; avec la connexion à deux facteurs, utilisez un mot de passe propre à l’application.',
    proton:
      'Proton Mail ne fonctionne dans d’autres applications de messagerie qu’à travers l’application Proton Mail Bridge, qui tourne sur votre propre ordinateur et affiche les réglages à utiliser.',
  },
  warning: {
    'dns-failed': '{{name}} : {{reason}}',
    'not-offered': '{{name}} : le domaine indique que ce service n’est pas proposé (cible « . »)',
    'no-settings-file': '{{url}} : pas de fichier de réglages',
    'no-autodiscover': '{{url}} : pas de réponse Autodiscover',
    'lookup-failed': '{{url}} : {{reason}}',
    'entry-skipped': '{{url}} : {{reason}}',
    'plain-http': '{{url}} : les réglages sont arrivés par HTTP non chiffré ; le mot de passe ne va à ces serveurs qu’avec votre accord',
    'autodiscover-redirect': '{{url}} : Autodiscover renvoie vers une autre adresse ({{address}}) ; non suivi',
    'source-failed': '{{source}} : {{reason}}',
    'ispdb-not-asked': '{{domain}} figure dans la table intégrée des fournisseurs ; l’ISPDB n’a pas été interrogée',
    'snapshot-unusable': 'la copie intégrée de l’ISPDB était inutilisable ({{error}}) ; l’ISPDB en ligne a été interrogée à la place',
  },
  known: {
    origin: { table: 'la table intégrée des fournisseurs', snapshot: 'la copie intégrée de l’ISPDB' },
    answered:
      '{{domain}} est connu grâce à {{origin}} ({{name}}) et ses serveurs ont répondu : rien d’autre n’a été demandé au sujet de {{domain}} (non interrogées : {{sources}})',
    unanswered:
      '{{domain}} est connu grâce à {{origin}} ({{name}}), mais ses serveurs n’ont pas répondu ; interrogation des autres sources ({{sources}})',
    stopped:
      '{{domain}} est connu grâce à {{origin}} ({{name}}) ; la recherche s’est arrêtée avant que les autres sources ({{sources}}) soient interrogées',
  },
  skipped: {
    'not-mail': 'un serveur de type « {{type}} » n’est ni IMAP, ni POP3, ni SMTP',
    'invalid-autoconfig': 'entrée {{protocol}} avec un hôte, un port ou un socketType non valide',
    'invalid-autodiscover': 'entrée {{type}} avec un serveur ou un port non valide',
  },
};
