import type { Translation } from '../catalog-shape';
import type { finding as en } from '../en/finding';

export const finding: Translation<typeof en> = {
  works: 'Vos réglages de messagerie fonctionnent.',
  'port-blocked': 'Le port {{port}} est bloqué sur ce réseau ; utilisez {{alternative}} avec STARTTLS ({{host}}).',
  'password-wrong':
    'Votre mot de passe est faux (ou le nom d’utilisateur) : réponse de {{hosts}}, mais connexion refusée en tant que {{usernames}}.',
  'provider-password': 'Le serveur a refusé la connexion : {{provider}} {{note}}.',
  'provider-note': 'Remarque : {{provider}} {{note}}.',
  'cert-expired':
    'Le certificat de {{host}} a expiré le {{date}}. Le fournisseur de messagerie doit le renouveler ; d’ici là, la connexion n’est pas sûre.',
  'cert-not-yet-valid': 'Le certificat de {{host}} n’est valide qu’à partir du {{date}} : vérifiez la date et l’heure de cet ordinateur.',
  'cert-self-signed':
    '{{host}} utilise un certificat auto-signé, qu’aucune autorité ne garantit (SHA-256 {{fingerprint}}). Faites-lui confiance seulement si l’administrateur du serveur confirme cette empreinte.',
  'cert-wrong-host':
    'Le certificat de {{host}} a été émis pour {{names}}, pas pour {{host}} : le nom du serveur est peut-être faux, ou quelqu’un s’est interposé.',
  'cert-other': 'La connexion sécurisée à {{host}}:{{port}} a échoué : {{problem}}.',
  'plaintext-only':
    '{{host}} ne propose que des connexions non chiffrées : votre mot de passe serait lisible sur le réseau. Demandez le chiffrement au fournisseur, ou autorisez-le seulement sur un réseau de confiance.',
  'untrusted-source':
    '{{host}} a été trouvé par une recherche qui n’est pas fiable ({{source}}) ; confirmez ce serveur avant de lui envoyer votre mot de passe.',
  'no-auth-method': '{{host}}:{{port}} ne propose aucune méthode de connexion que cette application peut utiliser en toute sécurité.',
  'not-found': 'Aucun serveur de messagerie trouvé pour {{domain}}. Vérifiez l’orthographe de la partie après le @.',
  offline:
    'Vous semblez être hors ligne : aucun serveur DNS n’a répondu et rien n’était joignable, pas même pour un fournisseur que Mail Setup connaît. Connectez-vous à Internet (le réseau d’un hôtel ou d’un café peut d’abord vous demander de vous connecter sur sa page Web), puis réessayez.',
  'no-such-domain': 'Le domaine {{domain}} n’existe pas. Vérifiez la partie après le @ : une lettre manquante ou inversée suffit.',
  'no-mail-servers':
    '{{domain}} existe, mais n’indique aucun serveur de messagerie : il ne peut donc pas recevoir d’e-mails. Vérifiez l’adresse ; si elle est juste, saisissez les noms de serveur donnés par votre fournisseur.',
  unreachable:
    'Aucun serveur de messagerie de {{domain}} n’est joignable d’ici : un pare-feu bloque peut-être les ports de messagerie, ou les serveurs sont arrêtés.',
  'no-working-server': 'Aucun serveur de messagerie fonctionnel trouvé pour {{domain}}.',
  'give-password': 'Les serveurs ont été trouvés ; indiquez votre mot de passe pour tester la connexion.',
  'server-problem': '{{host}}:{{port}} : {{outcome}}',
  'no-incoming': 'Aucun serveur de réception (IMAP ou POP3) trouvé.',
  'no-outgoing': 'Aucun serveur d’envoi (SMTP) trouvé.',
  'cert-no-names':
    'Le certificat de {{host}} ne nomme son serveur que dans l’ancien champ Common Name ({{subject}}), sans la liste subjectAltName qu’exigent les applications de messagerie : on ne peut donc pas lui faire confiance. Le fournisseur doit émettre un nouveau certificat.',
  'ipv6-broken':
    'IPv6 est en panne sur ce réseau ; IPv4 fonctionne. Les applications de messagerie peuvent mettre plus de temps à se connecter, ou échouer, jusqu’à ce que le réseau (ou son IPv6) soit réparé.',
  'test-message-delivered':
    'Un message de test que vous vous êtes envoyé est arrivé dans votre boîte de réception {{seconds}} s après l’envoi.',
  'test-message-failed': 'Un message de test que vous vous êtes envoyé n’est pas arrivé : {{why}}',
  'test-message-junk':
    'Un message de test que vous vous êtes envoyé est arrivé, mais dans le dossier {{folder}} : votre filtre anti-spam l’a intercepté.',
  'test-message-lost':
    'Le serveur a accepté un message de test que vous vous êtes envoyé, mais il n’est pas arrivé dans les {{seconds}} s.',
  'verified-by-sign-in': 'Vérifié en se connectant avec {{provider}} : les serveurs de messagerie acceptent la connexion.',
  'sign-in-failed': 'La connexion avec {{provider}} n’a pas permis de vérifier le compte : {{why}}',
  'logins-refused_one':
    '{{count}} connexion a été refusée. Chaque nom de connexion est essayé au plus une fois pour la réception et une fois pour l’envoi : cette vérification ne peut donc pas bloquer votre compte.',
  'logins-refused_many':
    '{{count}} de connexions ont été refusées. Chaque nom de connexion est essayé au plus une fois pour la réception et une fois pour l’envoi : cette vérification ne peut donc pas bloquer votre compte.',
  'logins-refused_other':
    '{{count}} connexions ont été refusées. Chaque nom de connexion est essayé au plus une fois pour la réception et une fois pour l’envoi : cette vérification ne peut donc pas bloquer votre compte.',
  unproven: 'Les réglages n’ont pas pu être vérifiés.',
  risk: {
    plaintext:
      '{{direction}} ({{host}}) : votre mot de passe et vos messages circulent sans chiffrement ; n’importe qui sur le réseau peut les lire.',
    'trusted-certificate':
      '{{direction}} ({{host}}) : vous avez vous-même approuvé le certificat de ce serveur ; aucune autorité ne le garantit. Demandez au fournisseur de le corriger.',
    'untrusted-source':
      '{{direction}} ({{host}}) : vous avez vous-même confirmé ce serveur ; il vient d’une recherche qui n’est pas fiable.',
    unverified: '{{direction}} ({{host}}) : fonctionnement non prouvé ; la connexion n’a pas été testée avec succès.',
    'expired-certificate':
      '{{direction}} ({{host}}) : le certificat a expiré, la connexion n’est donc pas sûre tant que le fournisseur ne l’a pas renouvelé.',
  },
  direction: { incoming: 'Courrier entrant', outgoing: 'Courrier sortant' },
  action: {
    trustCert: 'Faire confiance à ce certificat',
    trustCertCheck: 'J’ai comparé l’empreinte avec celle que m’a donnée l’administrateur du serveur',
    allowPlaintext: 'Envoyer mon mot de passe sans chiffrement à {{host}}',
    allowPlaintextCheck: 'Je comprends que d’autres personnes sur ce réseau pourraient lire mon mot de passe',
    consent: 'Utiliser {{host}} et y envoyer mon mot de passe',
    help: 'Ouvrir l’aide de {{provider}}',
    working: 'Nouveau test en cours…',
  },
};
