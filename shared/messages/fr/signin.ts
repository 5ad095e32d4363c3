import type { Translation } from '../catalog-shape';
import type { signin as en } from '../en/signin';

export const signin: Translation<typeof en> = {
  page: {
    done: { title: 'Connecté', text: 'Vous pouvez fermer cette fenêtre et revenir à Mail Setup.' },
    refused: {
      title: 'Connexion non terminée',
      text: 'La connexion n’a pas abouti. Vous pouvez fermer cette fenêtre ; Mail Setup vous indique la suite.',
    },
    mismatch: {
      title: 'Cette réponse n’est pas destinée à Mail Setup',
      text: 'Cette réponse de connexion n’appartient pas à la connexion lancée par Mail Setup : elle a été ignorée. Fermez cette fenêtre et recommencez depuis Mail Setup.',
    },
  },
  failure: {
    'consent-refused':
      'Vous n’avez pas autorisé l’accès dans le navigateur : rien n’a été vérifié. Relancez la connexion si vous le souhaitez.',
    'provider-error': 'Le fournisseur n’a pas pu terminer la connexion. Réessayez plus tard ; les détails ci-dessous indiquent sa réponse.',
    'timed-out': 'Le navigateur n’est pas revenu à temps. Relancez la connexion et terminez-la dans la fenêtre du navigateur.',
    cancelled: 'La connexion a été arrêtée.',
    'state-mismatch': 'La réponse reçue n’appartenait pas à cette connexion : elle a été ignorée pour votre sécurité. Recommencez.',
    'issuer-mismatch': 'La réponse venait d’un autre service de connexion que celui interrogé : elle a été ignorée pour votre sécurité.',
    'browser-failed': 'Le navigateur Web n’a pas pu être ouvert. Copiez vous-même l’adresse de connexion dans un navigateur.',
    'token-refused':
      'Le fournisseur n’a pas accordé d’accès aux applications de messagerie. Réessayez ; si l’échec persiste, votre organisation bloque peut-être les applications de messagerie.',
    network: 'Le service de connexion est injoignable. Vérifiez la connexion Internet et réessayez.',
  },
  noSignIn: {
    'no-client-id':
      'Cet exemplaire de Mail Setup n’est pas inscrit auprès de ce fournisseur pour la connexion : il ne peut donc pas vérifier le compte en se connectant. Votre application de messagerie vous demandera de vous connecter auprès du fournisseur quand vous ajouterez le compte ; les réglages ci-dessous restent justes.',
    'no-oauth':
      'Ce fournisseur ne propose pas de connexion pour les applications de messagerie ; utilisez votre mot de passe (ou un mot de passe d’application).',
    'discovery-failed':
      'Le service de connexion du fournisseur est introuvable. Votre application de messagerie vous demandera de vous connecter quand vous ajouterez le compte.',
    'registration-refused':
      'Le service de connexion du fournisseur n’a pas accepté Mail Setup. Votre application de messagerie vous demandera de vous connecter quand vous ajouterez le compte.',
    'untrusted-source':
      'L’adresse de connexion vient d’une recherche non protégée : Mail Setup ne vous y envoie donc pas. Votre application de messagerie vous demandera de vous connecter.',
  },
  evidence: {
    'provider-table': 'Réglages de connexion pour {{detail}} issus de la table intégrée des fournisseurs',
    'client-configuration': 'Identifiant client issu de la configuration ({{detail}})',
    autoconfig: 'Réglages de connexion dans le fichier autoconfig du domaine ({{detail}})',
    'protected-resource-metadata': 'Les métadonnées de ressource protégée du serveur de messagerie ({{detail}})',
    'authorization-server-metadata': 'Les métadonnées du service de connexion ({{detail}})',
    'dynamic-registration': 'Mail Setup s’est inscrit auprès du service de connexion ({{detail}})',
    'login-failure-hint': 'Le service de connexion indiqué par le serveur de messagerie en refusant un jeton ({{detail}})',
  },
  microsoft365: {
    headline: {
      'exchange-online':
        'C’est une boîte aux lettres Microsoft 365 (Exchange Online). Elle fonctionne au mieux ajoutée comme compte Microsoft 365 / Exchange, avec la connexion Microsoft.',
      'exchange-on-premises':
        'Cette boîte aux lettres se trouve sur le serveur Exchange de votre organisation. Ajoutez-la comme compte Exchange ; IMAP ne fonctionne que si votre organisation l’a activé.',
      unknown:
        'Cette adresse ressemble à une boîte aux lettres Microsoft (Microsoft 365 ou Outlook.com). Ajoutez-la comme compte Microsoft, avec la connexion Microsoft.',
      consumer:
        'C’est une boîte aux lettres Outlook.com. Ajoutez-la comme compte Outlook.com dans votre application de messagerie ; elle se connecte avec Microsoft, pas avec un mot de passe.',
    },
    app: {
      exchange:
        'Outlook : ajoutez le compte par son adresse ; Outlook reconnaît Microsoft 365 et vous demande de vous connecter avec Microsoft.',
      'exchange-activesync':
        'Apple Mail (Mac, iPhone, iPad) : choisissez « Microsoft Exchange » en ajoutant le compte, puis connectez-vous avec Microsoft.',
      'imap-oauth':
        'Thunderbird et les autres applications de messagerie : utilisez IMAP et SMTP et choisissez « OAuth2 » / « Se connecter avec Microsoft » comme authentification ; un mot de passe habituel est refusé.',
      'imap-if-enabled':
        'Thunderbird et les autres applications de messagerie : IMAP et SMTP ne fonctionnent que si votre organisation les a activés ; demandez à votre service informatique.',
    },
    evidence: {
      'provider-table': '{{detail}} est un domaine Outlook.com',
      mx: 'MX {{detail}}',
      'autodiscover-v2': 'Autodiscover v2 indique ActiveSync sur {{detail}}',
      'autodiscover-pox': 'Autodiscover demande la connexion Microsoft ({{detail}})',
    },
  },
};
