import type { Translation } from '../catalog-shape';
import type { cli as en } from '../en/cli';

export const cli: Translation<typeof en> = {
  program: {
    description: 'Trouve, vérifie et explique les réglages des serveurs de messagerie d’une adresse e-mail.',
    more: 'Lancez « mailsetup <commande> --help » pour les options d’une commande.',
  },
  usage: {
    program: '<commande> [options]',
    discover: '<e-mail> [options]',
    export: '<e-mail> --format FORMAT [options]',
    batch: '<utilisateurs.csv> --format FORMAT --out DOSSIER [options]',
    diagnose: '<e-mail> [--password-stdin] [--format text|html|json] [--out FICHIER]',
  },
  help: {
    usage: 'Utilisation :',
    arguments: 'Arguments :',
    options: 'Options :',
    commands: 'Commandes :',
    discovery: 'Options de recherche :',
    export: 'Options d’export :',
    global: 'Options générales :',
  },
  command: {
    discover: {
      summary: 'trouver, vérifier et expliquer les réglages des serveurs de messagerie d’une adresse',
      description:
        'Trouve les serveurs de réception et d’envoi d’une adresse, les vérifie par des connexions d’essai quand un mot de passe est fourni, et explique le choix.',
    },
    export: {
      summary: 'écrire les réglages dans des fichiers que Thunderbird, Apple Mail et Outlook chargent',
      description:
        'Écrit les réglages d’une adresse dans les fichiers que chargent les applications de messagerie. Les recherche d’abord, sauf si --from indique un résultat enregistré.',
    },
    batch: {
      summary: 'écrire des modèles pour tout le domaine et des fichiers par utilisateur pour une liste d’utilisateurs',
      description:
        'Pour les administrateurs : lit un CSV d’utilisateurs (e-mail, nom affiché, nom de connexion facultatif ; une ligne d’en-tête est facultative) et écrit les modèles valables pour tout le domaine dans DOSSIER/<domaine>/ et les fichiers de chaque utilisateur dans DOSSIER/<domaine>/users/. Les serveurs de chaque domaine sont recherchés une seule fois (sans mot de passe), ou repris de --from. Une ligne erronée est signalée et les autres lignes continuent. Aucun fichier ne contient de mot de passe.',
    },
    diagnose: {
      summary: 'un rapport de diagnostic pas à pas pour le support informatique (texte, HTML ou JSON)',
      description:
        'Pour le support informatique : teste chaque serveur trouvé pour l’adresse et écrit un rapport pas à pas (réponses DNS, recherches Web, chaque connexion avec son certificat TLS, accueil, capacités et tentatives de connexion, avec les durées) sous un verdict qu’un non-spécialiste peut suivre. Le mot de passe ne figure jamais dans le rapport.',
    },
    help: 'afficher l’aide d’une commande',
  },
  argument: {
    email: 'l’adresse e-mail',
    csv: 'le fichier CSV des utilisateurs',
  },
  option: {
    help: 'afficher cette aide',
    lang: 'langue de la sortie : {{languages}} (par défaut : d’après LC_ALL, LC_MESSAGES ou LANG, sinon anglais)',
    debug: 'écrire un journal technique sur la sortie d’erreur (jamais avec le mot de passe)',
    json: 'afficher un objet JSON sur la sortie standard (la progression reste dans le terminal)',
    quiet: 'pas d’affichage de la progression',
    'password-stdin': 'lire le mot de passe sur l’entrée standard (demandé, masqué, dans un terminal)',
    username: 'se connecter avec ce nom au lieu de l’adresse',
    dns: 'interroger ce serveur DNS au lieu du résolveur du système (répétable)',
    ca: 'faire aussi confiance à l’autorité de certification de ce fichier PEM (répétable)',
    timeout: 'limite de temps globale (par défaut {{ms}})',
    'allow-plaintext': 'autoriser l’envoi du mot de passe sans chiffrement (à ces hôtes seulement)',
    consent: 'autoriser l’envoi du mot de passe aux hôtes issus de sources non fiables (« all » pour chaque hôte affiché)',
    'trust-cert': 'faire confiance exactement au certificat ayant cette empreinte (répétable)',
    ispdb: 'URL de base de l’ISPDB (par défaut {{url}})',
    pop3: 'préférer POP3 à IMAP',
    all: 'tester chaque candidat, même après la vérification des meilleurs réglages',
    sources: 'n’interroger que ces sources : {{sources}}',
    format: '{{formats}}, ou all (séparés par des virgules ou répétés)',
    from: 'utiliser un résultat enregistré (mailsetup discover --json > FICHIER) au lieu de rechercher de nouveau',
    out: 'dossier de sortie (ou un nom de fichier, pour un seul format) ; par défaut : le dossier courant',
    'batch-out': 'le dossier où écrire',
    'sign-cert': 'signer les profils Apple avec ce certificat (PEM ; des certificats intermédiaires peuvent suivre)',
    'sign-key': 'la clé privée du certificat de signature (PEM, RSA ou ECDSA)',
    'sign-chain': 'd’autres certificats intermédiaires à inclure (PEM)',
    'web-host': 'le serveur Web qui hébergera les fichiers autoconfig/autodiscover (format dns)',
    name: 'le nom que voient les destinataires (nom affiché)',
    'include-password':
      'mettre le mot de passe (de --password-stdin) dans les formats qui ont une place pour lui ; un tel fichier est secret',
    'domain-wide': 'omettre tout ce qui est personnel : un seul fichier pour chaque utilisateur du domaine',
    'report-format': 'text (par défaut), html (une page autonome) ou json (mailsetup-diagnostic/1)',
    'report-json': 'identique à --format json',
    'report-out': 'écrire le rapport dans FICHIER au lieu de la sortie standard',
  },
  exitCodes: {
    discover:
      'Codes de sortie : 0 serveurs de réception et d’envoi vérifiés ; 1 serveurs trouvés mais non vérifiés ; 2 aucun serveur utilisable trouvé ; 64 ligne de commande incorrecte ; 70 erreur interne ; 74 un fichier n’a pas pu être lu.',
    diagnose:
      'Codes de sortie : 0 les réglages fonctionnent ; 1 un problème a été trouvé (voir le verdict) ; 2 aucun serveur de messagerie trouvé ; 64 ligne de commande incorrecte ; 70 erreur interne ; 73 le rapport n’a pas pu être écrit ; 74 un fichier n’a pas pu être lu.',
    export:
      'Codes de sortie : 0 tous les fichiers écrits ; 1 un format impossible pour ce compte a été omis (les autres ont été écrits) ; 2 aucun serveur utilisable trouvé ; 64 ligne de commande incorrecte ; 70 erreur interne ; 73 un fichier n’a pas pu être écrit ; 74 un fichier n’a pas pu être lu.',
    batch:
      'Codes de sortie : 0 tous les fichiers écrits ; 1 certaines lignes ou certains formats ont échoué ; 64 ligne de commande incorrecte ; 70 erreur interne ; 73 un fichier n’a pas pu être écrit ; 74 un fichier n’a pas pu être lu.',
  },
  error: {
    line: 'mailsetup : {{message}}',
    'unknown-command': 'commande inconnue « {{name}} »',
    'unknown-option': 'option inconnue {{name}}',
    'missing-argument': 'il manque l’argument {{name}}',
    'option-needs-value': 'l’option {{name}} a besoin d’une valeur',
    'too-many-arguments': 'trop d’arguments',
    'invalid-value': '{{name}} : {{reason}}',
    'bad-email': '{{problem}}',
    'bad-dns': '--dns attend une adresse IP avec un port facultatif (IP[:PORT]), pas « {{value}} »',
    'bad-timeout': '--timeout attend un nombre entier de millisecondes de 1 à {{max}}',
    'bad-fingerprint': '--trust-cert attend une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés), pas « {{value}} »',
    'bad-host': '{{option}} attend des noms d’hôte, pas « {{value}} »',
    'bad-url': '{{option}} attend une adresse https:// ou http://, pas « {{value}} »',
    'bad-name': '--name dépasse {{max}} caractères',
    'not-a-file': 'pas un fichier ordinaire (un dossier, un périphérique ou un tube)',
    'file-too-large': 'plus de {{limit}}, ce qu’aucun fichier de ce genre n’atteint',
    'no-users':
      '{{file}} ne contient aucun utilisateur : il faut une colonne e-mail (une ligne d’en-tête avec « email » ou une adresse par ligne)',
    'bad-source': 'source inconnue {{names}} ; choisissez parmi {{choices}}',
    'bad-format': 'format inconnu {{names}} ; choisissez parmi {{choices}}, all',
    'bad-report-format': '--format vaut text, html ou json',
    'bad-language': 'langue inconnue {{name}} ; choisissez parmi {{choices}}',
    'no-format': '--format est obligatoire : {{choices}} ou all',
    'sign-both': 'la signature exige à la fois --sign-cert et --sign-key',
    'include-needs-password': '--include-password exige le mot de passe de --password-stdin',
    'domain-wide-password': 'un fichier pour tout le domaine ne contient jamais de mot de passe',
    'batch-needs-out': 'batch exige --out DOSSIER',
    'batch-no-password': 'les fichiers de batch ne contiennent jamais de mot de passe ; omettez --password-stdin',
    'not-pem': '{{file}} n’est pas un fichier de certificat PEM',
    'bad-pem': '{{file}} contient un bloc PEM qui n’est pas un certificat : {{error}}',
    'cannot-read': 'impossible de lire {{what}} {{file}} : {{error}}',
    'cannot-write': 'impossible d’écrire {{file}} : {{error}}',
    'not-json': '{{file}} n’est pas du JSON : {{error}}',
    'not-a-result': '{{file}} n’est pas un résultat enregistré par « mailsetup discover --json » ({{issue}})',
    'result-other-address': 'le résultat enregistré concerne {{saved}}, pas {{wanted}}',
    'result-other-domain': 'le résultat enregistré concerne {{saved}}, pas {{domain}}',
    'no-settings': '{{reason}}',
    internal: 'erreur interne ({{error}}) ; relancez avec --debug pour les détails',
  },
  what: {
    ca: 'le fichier d’autorité de certification',
    signCert: 'le certificat de signature',
    signKey: 'la clé de signature',
    signChain: 'la chaîne de certificats',
    result: 'le fichier de résultat',
    csv: 'la liste d’utilisateurs',
  },
  progress: {
    asking: '… interrogation de {{source}}',
    found_one: '  {{source}} : {{count}} suggestion ({{ms}} ms)',
    found_many: '  {{source}} : {{count}} de suggestions ({{ms}} ms)',
    found_other: '  {{source}} : {{count}} suggestions ({{ms}} ms)',
    trying: '… essai de {{server}}',
    finished: '  {{mark}} {{server}} : {{code}}',
    finishedIn: '  {{mark}} {{server}} : {{code}} ({{ms}} ms)',
    best: '  meilleurs réglages vérifiés après {{ms}} ms',
  },
  serverLabel: '{{protocol}} {{host}}:{{port}} {{security}}',
  security: { tls: 'TLS', starttls: 'STARTTLS', plain: 'non chiffré' },
  securityLong: { tls: 'TLS', starttls: 'STARTTLS', plain: 'aucune (non chiffré)' },
  proof: {
    option: {
      'send-test':
        'vous envoyer un message de test par le serveur d’envoi et l’attendre dans votre boîte de réception (exige --password-stdin)',
      oauth:
        'vérifier le compte en vous connectant auprès du fournisseur dans votre navigateur (OAuth2) au lieu d’utiliser un mot de passe',
      'oauth-client-id':
        'l’identifiant client enregistré auprès du fournisseur pour la connexion ([FOURNISSEUR=]ID ; sans FOURNISSEUR= pour le fournisseur auprès duquel l’adresse se connecte)',
      'oauth-tenant': 'Microsoft : le locataire (tenant) de votre organisation (ID ou domaine) auprès duquel vous connecter',
      'oauth-redirect-host':
        'le nom que la redirection de bouclage (loopback) de la connexion donne à cet ordinateur : 127.0.0.1 (par défaut) ou localhost',
    },
    error: {
      'send-test-needs-password': '--send-test envoie le message avec votre mot de passe : ajoutez --password-stdin',
      'bad-redirect-host': '--oauth-redirect-host vaut 127.0.0.1 ou localhost',
      'bad-client-id': '--oauth-client-id attend [FOURNISSEUR=]ID, en caractères imprimables et sans espaces',
    },
    sendTest: {
      sending: '… envoi d’un message de test à vous-même par {{server}}',
      waiting: '  le serveur l’a accepté ; attente de son arrivée dans votre boîte de réception ({{server}})',
      delivered:
        'Message de test : arrivé dans votre boîte de réception {{seconds}} s après l’envoi (envoyé par {{outgoing}}, trouvé par {{incoming}}).',
      deliveredJunk:
        'Message de test : arrivé {{seconds}} s après l’envoi, mais dans le dossier {{folder}} : votre filtre anti-spam l’a intercepté.',
      'not-delivered': 'Message de test : le serveur l’a accepté, mais il n’est pas arrivé dans les {{seconds}} s.',
      failed: 'Message de test : échec {{stage}} : {{message}}',
      stage: {
        submit: 'de l’envoi',
        search: 'de la recherche dans votre boîte de réception',
      },
      'not-possible': {
        'not-verified':
          'Message de test : non envoyé, car les serveurs de réception et d’envoi ne sont pas tous deux vérifiés avec votre mot de passe.',
        'not-imap': 'Message de test : non envoyé, car il ne peut être retrouvé que par IMAP et le serveur de réception est en POP3.',
        'password-withheld': 'Message de test : non envoyé, car votre mot de passe ne doit pas aller à ces serveurs.',
      },
    },
    signIn: {
      open: 'Connectez-vous dans votre navigateur. S’il ne s’ouvre pas tout seul, ouvrez cette adresse :',
      waiting: '  attente de la connexion dans le navigateur (Ctrl-C pour annuler)…',
      checking: '  connecté ; vérification des serveurs de messagerie avec cette connexion…',
      verified: 'Vérifié en se connectant avec {{provider}} : connexion acceptée par {{servers}}.',
      'not-verified': 'Connecté avec {{provider}}, mais les serveurs n’ont pas tous accepté la connexion : {{servers}}.',
      server: '{{server}} {{state}}',
      accepted: 'acceptée',
      refused: 'refusée ({{code}})',
      failed: 'Connexion avec {{provider}} non terminée : {{message}}',
      'no-sign-in': 'Pas de connexion : {{message}}',
    },
    verdict: {
      'signed-in': 'Vérifié en se connectant.',
      'test-message-failed': 'La connexion fonctionne, mais le message de test n’est pas arrivé ; voir ci-dessus.',
    },
    refusedLogins_one:
      'Connexions refusées : {{count}}. Chaque nom de connexion est essayé au plus une fois pour la réception et une fois pour l’envoi : un mauvais mot de passe ne peut donc pas bloquer le compte.',
    refusedLogins_many:
      'Connexions refusées : {{count}}. Chaque nom de connexion est essayé au plus une fois pour la réception et une fois pour l’envoi : un mauvais mot de passe ne peut donc pas bloquer le compte.',
    refusedLogins_other:
      'Connexions refusées : {{count}}. Chaque nom de connexion est essayé au plus une fois pour la réception et une fois pour l’envoi : un mauvais mot de passe ne peut donc pas bloquer le compte.',
    ipv6Broken:
      'IPv6 est en panne sur ce réseau ; IPv4 fonctionne (les applications de messagerie peuvent être lentes à se connecter tant que le réseau n’est pas réparé).',
  },
  summary: {
    title: 'Réglages de messagerie pour {{email}}',
    incoming: 'Réception',
    outgoing: 'Envoi',
    heading: '{{title}} : {{protocol}}',
    none: '{{title}} : aucun trouvé',
    server: 'serveur',
    port: 'port',
    security: 'sécurité',
    username: 'nom d’utilisateur',
    status: 'état',
    verified: 'vérifié : votre mot de passe fonctionne',
    notVerified: 'non vérifié',
    note: 'Remarque : {{provider}} {{note}}.',
    help: 'Aide : {{url}}',
    certificate: 'Problème de certificat sur {{host}}:{{port}} : {{problem}} (valide jusqu’au {{date}}).',
    fingerprint: 'Empreinte SHA-256 {{fingerprint}}',
    trustHint:
      'Pour faire confiance exactement à ce certificat, vérifiez l’empreinte avec l’administrateur du serveur et passez --trust-cert <empreinte>.',
    warning: 'Avertissement ({{source}}) : {{message}}',
    tried: 'Tous les serveurs essayés ({{count}}) :',
    from: 'depuis {{source}}',
    finished: 'Terminé en {{ms}} ms.',
    finishedCancelled: 'Terminé en {{ms}} ms (annulé ou temps écoulé).',
  },
  verdict: {
    verified: 'Réglages vérifiés trouvés.',
    nothing: 'Aucun serveur de messagerie utilisable trouvé pour cette adresse.',
    'no-password': 'Serveurs trouvés mais non vérifiés : fournissez le mot de passe avec --password-stdin pour les vérifier.',
    unproven: 'Serveurs trouvés, mais la connexion n’a pas été vérifiée ; voir les raisons ci-dessus.',
  },
  prompt: { password: 'Mot de passe : ' },
  export: {
    unverified: 'mailsetup : remarque : ces réglages ont été trouvés mais pas vérifiés par une connexion.',
    skipped: 'mailsetup : {{format}} ignoré : il configure une personne, et --domain-wide omet la personne',
    howTo: '{{label}} : {{guide}}',
    cannot: 'impossible d’écrire {{format}} pour ce compte : {{reason}}',
    warning: 'ATTENTION : {{note}}',
  },
  batch: {
    'domain-ready': '{{domain}} : réglages prêts',
    'domain-failed': '{{domain}} : {{reason}}',
    user_one: '[{{index}}/{{total}}] {{email}} ✔ {{count}} fichier',
    user_many: '[{{index}}/{{total}}] {{email}} ✔ {{count}} de fichiers',
    user_other: '[{{index}}/{{total}}] {{email}} ✔ {{count}} fichiers',
    problem: 'ligne {{row}} : {{problem}} ✘',
    written: '{{written}} utilisateurs sur {{users}} écrits.',
    writtenProblems_one: '{{written}} utilisateurs sur {{users}} écrits, {{count}} problème.',
    writtenProblems_many: '{{written}} utilisateurs sur {{users}} écrits, {{count}} de problèmes.',
    writtenProblems_other: '{{written}} utilisateurs sur {{users}} écrits, {{count}} problèmes.',
    renamed:
      'ligne {{row}} : {{email}} : ses fichiers s’appellent {{name}}…, car {{taken}}… appartient déjà à un autre utilisateur de cette liste',
  },
  diagnose: {
    written: 'Rapport écrit dans {{path}}',
    verdict: 'Verdict : {{headline}}',
  },
};
