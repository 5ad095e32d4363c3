import type { Translation } from '../catalog-shape';
import type { exportFiles as en } from '../en/export';

export const exportFiles: Translation<typeof en> = {
  label: {
    thunderbird: 'Fichier autoconfig Thunderbird pour le serveur Web (config-v1.1.xml)',
    'thunderbird-isp': 'Fichier autoconfig Thunderbird pour le dossier isp de l’installation (<domain>.xml)',
    'thunderbird-import': 'Fichier d’importation Thunderbird (.zip)',
    'thunderbird-policies': 'Stratégie d’entreprise Thunderbird (policies.json)',
    apple: 'Profil Apple Mail (.mobileconfig)',
    outlook: 'Réponse Autodiscover Outlook (autodiscover.xml)',
    'outlook-prf': 'Fichier de profil Outlook (.prf)',
    json: 'Description JSON (mailsetup-account/1)',
    summary: 'Récapitulatif imprimable (texte)',
    'summary-html': 'Récapitulatif imprimable (page Web)',
    dns: 'Enregistrements DNS du domaine (fichier de zone)',
  },
  app: {
    apple: 'Apple Mail (Mac, iPhone, iPad)',
    'outlook-prf': 'Outlook pour Windows (classique)',
    thunderbird: 'Fichier autoconfig Thunderbird (pour votre serveur Web)',
    summary: 'Récapitulatif imprimable pour toute autre application',
    outlook: 'Réponse Autodiscover Outlook (pour votre serveur Web)',
    'thunderbird-isp': 'Fichier autoconfig Thunderbird (pour le dossier isp d’une installation)',
    'thunderbird-import': 'Thunderbird',
    'thunderbird-policies': 'Stratégie d’entreprise Thunderbird (policies.json)',
    json: 'Description JSON',
    'summary-html': 'Récapitulatif imprimable (page Web)',
    dns: 'Enregistrements DNS de votre domaine',
  },
  guide: {
    thunderbird:
      'Pour le serveur Web du domaine : publiez-le à l’adresse https://autoconfig.<domain>/mail/config-v1.1.xml (ou https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml). La configuration de compte de Thunderbird remplit alors tout à partir de la seule adresse, tout comme les applications qui lisent le même format (K-9/Thunderbird pour Android, Evolution, KMail, Delta Chat).',
    'thunderbird-isp':
      'Pour les administrateurs : copiez-le tel quel dans le dossier isp de l’installation de Thunderbird (Windows : C:\\Program Files\\Mozilla Thunderbird\\isp ; Linux : à côté du programme thunderbird, p. ex. /usr/lib/thunderbird/isp ; macOS : Thunderbird.app/Contents/Resources/isp, que chaque mise à jour remplace). La configuration de compte de Thunderbird remplit alors tout pour chaque adresse du domaine, sans aucune recherche sur le réseau.',
    'thunderbird-import':
      'Dans Thunderbird : menu ≡ → Outils → Importer → « Import from a file » → « Import Backed-up Profile » → Continuer ; choisissez ce fichier, laissez « Accounts and Settings » coché → Continuer → « Start Import ». Thunderbird redémarre avec le compte ajouté à côté des comptes existants, et demande le mot de passe à la première utilisation. Importez-le une seule fois ; aucun droit d’administrateur n’est nécessaire.',
    'thunderbird-policies':
      'Pour les administrateurs : enregistrez-le sous le nom policies.json dans /etc/thunderbird/policies/ (Linux) ou dans le dossier distribution de l’installation de Thunderbird (Windows : C:\\Program Files\\Mozilla Thunderbird\\distribution ; macOS : Thunderbird.app/Contents/Resources/distribution), fusionné à la main avec un policies.json déjà présent. Chaque profil Thunderbird de cet ordinateur qui n’a pas encore de compte de messagerie démarre avec ce compte, et les comptes ajoutés ensuite restent. Les profils qui ont déjà des comptes ne sont pas modifiés : importez-y le .zip. Laissez le fichier en place : les réglages du compte en proviennent. Thunderbird demande le mot de passe à la première utilisation. Un certificat .pem enregistré avec lui va dans un dossier nommé certificates à l’intérieur de ce dossier distribution.',
    apple:
      'Sur un Mac : double-cliquez sur le fichier, puis ouvrez Réglages Système → Général → Gestion des appareils (macOS 15 et ultérieur ; macOS 13 et 14 : Confidentialité et sécurité → Profils), double-cliquez sur le profil, choisissez Installer et saisissez le mot de passe de votre Mac. Sur iPhone ou iPad : ouvrez le fichier depuis AirDrop, Mail ou Fichiers, puis Réglages → « Profil téléchargé » (en haut) → Installer, saisissez le code, Installer. Si le profil contient un certificat, activez-le aussi dans Réglages → Général → Informations → Réglages des certificats. L’appareil qualifie un profil de « Non vérifié » ou « Non signé » quand aucune organisation ne l’a signé : vérifiez qu’il affiche votre adresse, puis installez-le.',
    outlook:
      'Pour le serveur Web du domaine (administrateurs) : renvoyez-le en réponse au POST d’Outlook à l’adresse https://autodiscover.<domain>/autodiscover/autodiscover.xml. Il ne contient rien de personnel (ni nom de connexion, ni nom affiché) et répond à chaque utilisateur du domaine ; Outlook classique pour Windows (2013–2021, Microsoft 365 Apps) configure alors le compte à partir de la seule adresse.',
    'outlook-prf':
      'Outlook classique pour Windows uniquement (2013–2021, Microsoft 365 Apps). Fermez d’abord Outlook. Appuyez ensuite sur Win+R, tapez outlook.exe /importprf "%USERPROFILE%\\Downloads\\<fichier>.prf" (le dossier où vous l’avez enregistré) et appuyez sur Entrée. Outlook classique a un onglet Fichier en haut à gauche ; le nouvel Outlook n’en a pas (ses paramètres sont derrière la roue dentée en haut à droite) et ne sait pas lire les fichiers PRF, pas plus qu’Outlook pour Mac : ajoutez-y le compte avec les valeurs du récapitulatif imprimable.',
    json: 'Pour les scripts et d’autres outils ; le schéma est docs/account-v1.schema.json.',
    summary: 'Les réglages à saisir à la main dans toute autre application de messagerie.',
    'summary-html':
      'À ouvrir dans un navigateur et à imprimer ; les réglages à saisir à la main dans toute autre application de messagerie.',
    dns: 'Pour l’administrateur du domaine : ajoutez ces enregistrements chez l’hébergeur DNS pour que chaque application de messagerie trouve les serveurs toute seule.',
  },
  open: {
    'outlook-prf': 'Fermez Outlook. Appuyez sur Win+R, tapez  outlook.exe /importprf "{{path}}"  et appuyez sur Entrée.',
  },
  note: {
    'no-password-place': '{{label}} n’a pas de place pour un mot de passe ; il a été omis et l’application de messagerie le demandera.',
    oauth2:
      'Ce compte se connecte avec {{provider}} (OAuth2) : aucun mot de passe ne fonctionne dans l’application de messagerie. Quand l’application le demande, connectez-vous avec {{provider}} dans la fenêtre qu’elle ouvre.',
    'name-cleaned':
      'Le nom contenait des sauts de ligne ou d’autres caractères de contrôle, qu’aucune application de messagerie ne peut enregistrer ; chacun est devenu une espace.',
    unsigned:
      'Le profil n’est pas signé : l’iPhone et l’iPad l’affichent comme « Non vérifié », un Mac comme « Non signé ». Cela signifie seulement qu’aucune organisation ne s’en porte garante ; il a été créé ici, pour ce compte. Les administrateurs qui distribuent des profils à de nombreuses personnes peuvent les signer avec le certificat de leur organisation (mailsetup export … --sign-cert cert.pem --sign-key key.pem, et --sign-chain pour les certificats intermédiaires) ; les appareils affichent alors le nom de l’organisation, et « Vérifié » quand son certificat vient d’une autorité qu’ils reconnaissent.',
    'apple-certificate':
      'Le profil installe aussi le certificat que vous avez choisi d’approuver. Sur iPhone et iPad, activez la confiance totale pour lui après l’installation : Réglages → Général → Informations → Réglages des certificats. Sur un Mac, installer le profil avec votre mot de passe suffit ; si Mail affiche encore un avertissement, ouvrez Trousseaux d’accès, double-cliquez sur le certificat et réglez « Lors de l’utilisation de ce certificat » sur « Toujours approuver ».',
    'apple-ios-only-google':
      'Ce profil ajoute un compte Google qui se connecte avec Google : seuls l’iPhone et l’iPad l’installent. Sur un Mac, ajoutez le compte dans Réglages Système → Comptes Internet → Ajouter un compte → Google.',
    'apple-ios-only-microsoft':
      'Ce profil ajoute un compte Microsoft Exchange qui se connecte avec Microsoft : seuls l’iPhone et l’iPad l’installent. Sur un Mac, ajoutez le compte dans Réglages Système → Comptes Internet → Ajouter un compte → Microsoft Exchange.',
    'autodiscover-personal':
      'autodiscover.xml répond à chaque utilisateur du domaine : il ne contient donc rien de personnel, ni nom de connexion, ni nom affiché.',
    'autodiscover-login':
      'Les serveurs attendent un nom de connexion qui n’est pas l’adresse complète. Un fichier sur un serveur Web ne peut pas donner à chacun le sien : Outlook utilisera donc l’adresse, et chacun devra modifier le nom d’utilisateur dans les paramètres du compte (ou importer le .prf dans Outlook classique).',
    'prf-implicit-tls':
      'Un fichier PRF ne peut pas indiquer STARTTLS pour le serveur de réception : le profil utilise donc {{chosen}} (chiffré dès le début, vérifié lui aussi) au lieu de {{server}}.',
    'policies-certificate':
      'policies.json installe le certificat de {{host}} que vous avez choisi d’approuver, à partir du fichier {{file}} enregistré à côté : placez ce fichier dans un dossier nommé certificates à l’intérieur du dossier distribution de l’installation de Thunderbird (sous Linux, /usr/lib/mozilla/certificates fonctionne aussi).',
    'trusted-certificate_one':
      '{{host}} (port {{ports}}) utilise un certificat que vous avez choisi d’approuver dans Mail Setup. {{app}} affiche un avertissement à la première connexion : ne l’acceptez définitivement que si son empreinte SHA-256 est {{fingerprint}}.',
    'trusted-certificate_many':
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver dans Mail Setup. {{app}} affiche un avertissement à la première connexion : ne l’acceptez définitivement que si son empreinte SHA-256 est {{fingerprint}}.',
    'trusted-certificate_other':
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver dans Mail Setup. {{app}} affiche un avertissement à la première connexion : ne l’acceptez définitivement que si son empreinte SHA-256 est {{fingerprint}}.',
    'trusted-certificate-outlook_one':
      '{{host}} (port {{ports}}) utilise un certificat que vous avez choisi d’approuver dans Mail Setup. Outlook affiche un avertissement à la première connexion : choisissez « Afficher le certificat » → « Détails » et ne continuez que si l’empreinte numérique est {{sha1}} (SHA-256 {{fingerprint}}).',
    'trusted-certificate-outlook_many':
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver dans Mail Setup. Outlook affiche un avertissement à la première connexion : choisissez « Afficher le certificat » → « Détails » et ne continuez que si l’empreinte numérique est {{sha1}} (SHA-256 {{fingerprint}}).',
    'trusted-certificate-outlook_other':
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver dans Mail Setup. Outlook affiche un avertissement à la première connexion : choisissez « Afficher le certificat » → « Détails » et ne continuez que si l’empreinte numérique est {{sha1}} (SHA-256 {{fingerprint}}).',
    renamed:
      '« {{name}} » écrit maintenant {{label}} : le user.js qu’il écrivait auparavant était réappliqué à chaque démarrage de Thunderbird.',
    signed: 'Le profil est signé ; les appareils affichent le signataire au lieu de « Non signé ».',
    secret:
      'Ce fichier contient le mot de passe : traitez-le comme le mot de passe lui-même, et supprimez-le une fois le compte fonctionnel.',
  },
  refused: {
    'prf-starttls':
      'un fichier PRF ne peut indiquer que « SSL » ou « aucun chiffrement » pour le serveur de réception, et {{server}} propose STARTTLS : le fichier enverrait votre mot de passe sans protection. Dans Outlook classique, ajoutez plutôt le compte à la main (Fichier → Ajouter un compte → Options avancées → « Je veux configurer mon compte manuellement » → IMAP) et choisissez STARTTLS, avec les valeurs du récapitulatif imprimable.',
    'prf-sign-in':
      'un fichier PRF ne configure que des comptes à mot de passe, et ce compte se connecte avec {{provider}} : dans Outlook, ajoutez-le par son adresse (Fichier → Ajouter un compte) et connectez-vous avec {{provider}} quand cela vous est demandé.',
    'outlook-sign-in':
      'ce compte se connecte avec {{provider}} ; Outlook trouve ces comptes tout seul à partir de l’adresse, il n’y a donc pas de réponse Autodiscover à publier.',
    'apple-sign-in':
      'un profil Apple ne peut se connecter qu’avec Google ou Microsoft, et ce compte se connecte avec {{provider}} : ajoutez-le sur l’appareil via « Ajouter un compte » dans les réglages de Mail (sur un Mac : Réglages Système → Comptes Internet).',
    'apple-sign-in-domain-wide':
      'un compte {{provider}} dans un profil Apple a besoin de l’adresse de la personne : créez un profil par personne.',
    'login-control':
      'le nom de connexion contient un saut de ligne ou un autre caractère de contrôle, qu’aucune application de messagerie ne peut enregistrer',
    'bad-host': '« {{host}} » n’est pas un nom d’hôte qu’un fichier de réglages peut contenir',
    'bad-port': '{{port}} n’est pas un numéro de port',
  },
  apple: {
    signInAccount: '{{provider}} : {{email}}',
    profileName: 'Messagerie : {{who}}',
    profileDescription: 'Configure le compte de messagerie {{email}} (créé par Mail Setup).',
    profileDescriptionDomain: 'Configure le compte de messagerie pour {{label}} (créé par Mail Setup).',
    mailForDomain: 'Messagerie pour {{label}}',
    certificate: 'Certificat de {{host}}',
  },
  prf: {
    title: 'Mail Setup : profil Outlook pour {{email}}',
    close: 'Fermez d’abord Outlook : il ne lit ce fichier qu’au démarrage.',
    import:
      'Appuyez ensuite sur Win+R, tapez  outlook.exe /importprf "%USERPROFILE%\\Downloads\\{{file}}"  (le dossier où vous avez enregistré ce fichier) et appuyez sur Entrée.',
    editions: 'Pour Outlook classique (2013–2021, Microsoft 365 Apps). Le nouvel Outlook et Outlook pour Mac ne peuvent pas l’utiliser.',
    password: 'Outlook demande le mot de passe à la première connexion.',
    certificate_one:
      '{{host}} (port {{ports}}) utilise un certificat que vous avez choisi d’approuver : Outlook affiche un avertissement à la première connexion ; n’acceptez que ce certificat :',
    certificate_many:
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver : Outlook affiche un avertissement à la première connexion ; n’acceptez que ce certificat :',
    certificate_other:
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver : Outlook affiche un avertissement à la première connexion ; n’acceptez que ce certificat :',
    thumbprint: 'Empreinte numérique SHA-1 (dans Outlook : « Afficher le certificat » → « Détails ») {{sha1}} ; SHA-256 {{sha256}}',
  },
  importZip: {
    prefsComment: 'Mail Setup : le compte Thunderbird {{email}}, pour l’importation dans Thunderbird.',
    intro: 'Ce fichier ajoute le compte de messagerie {{email}} à Thunderbird.',
    doNotUnpack: 'Ne le décompressez pas. Dans Thunderbird :',
    step1: 'Menu (les trois traits) > Outils > Importer.',
    step2: '« Import from a file » > « Import Backed-up Profile » > Continuer.',
    step3: 'Choisissez ce fichier ZIP. Laissez « Accounts and Settings » coché > Continuer > « Start Import ».',
    step4: 'Thunderbird redémarre avec le compte ajouté ; les comptes déjà présents restent tels quels.',
    password: 'Il demande le mot de passe la première fois qu’il relève le courrier.',
    signIn:
      'La première fois qu’il relève le courrier, il ouvre la page de connexion de {{provider}} : connectez-vous-y (le fichier ne contient aucun mot de passe).',
    exception:
      'Thunderbird affiche alors « Ajout d’une exception de sécurité » : choisissez « Voir », comparez l’empreinte SHA-256 et, seulement si elle correspond, cochez « Conserver cette exception de façon permanente » et choisissez « Confirmer l’exception de sécurité ».',
    once: 'Importez-le une seule fois : chaque importation ajoute de nouveau le compte.',
  },
  zone: {
    title: 'Enregistrements DNS pour {{domain}}, créés par Mail Setup. Syntaxe de fichier de zone ; ajustez le TTL à votre convenance.',
    srv: 'Les clients de messagerie qui lisent les enregistrements SRV (RFC 6186, RFC 8314) trouvent ces serveurs tout seuls.',
    autoconfig: 'Thunderbird cherche https://autoconfig.{{domain}}/mail/config-v1.1.xml (l’export « thunderbird »).',
    autodiscover: 'Outlook envoie à https://autodiscover.{{domain}}/autodiscover/autodiscover.xml (l’export « outlook »).',
    certificate: 'Les deux noms ont besoin d’un certificat HTTPS valide sur {{host}}.',
    notOfferedDomain: 'Non proposé : le DNS du domaine l’indique lui-même aujourd’hui.',
    notOfferedProbed: 'Non proposé : les serveurs de messagerie ont été interrogés et n’ont rien à cet endroit.',
    notChecked: '{{name}} : non vérifié par Mail Setup ; ajoutez ici un enregistrement si le domaine propose ce service.',
  },
  summary: {
    heading: 'Réglages de messagerie pour {{who}}',
    name: 'Nom',
    address: 'Adresse e-mail',
    authentication: 'Authentification',
    authMode: { password: 'Mot de passe habituel', oauth2: 'OAuth2 (connexion auprès du fournisseur)' },
    incoming: 'Courrier entrant ({{protocol}})',
    outgoing: 'Courrier sortant ({{protocol}})',
    server: 'Serveur',
    port: 'Port',
    security: 'Sécurité',
    username: 'Nom d’utilisateur',
    password: 'Mot de passe',
    securityMode: { tls: 'SSL/TLS (chiffré dès le début)', starttls: 'STARTTLS', plain: 'Aucune (non chiffré)' },
    yourAddress: 'votre adresse e-mail',
    yourLocalPart: 'la partie de votre adresse avant le @',
    yourPassword: 'le mot de passe de votre messagerie',
    signIn: 'connectez-vous avec {{provider}} dans votre application de messagerie',
    signInNote:
      'Pas de mot de passe : ce compte se connecte avec {{provider}}. Votre application de messagerie ouvre la page de connexion de {{provider}} quand vous ajoutez le compte.',
    certificate_one:
      '{{host}} (port {{ports}}) utilise un certificat que vous avez choisi d’approuver. Quand votre application de messagerie affiche un avertissement, ne l’acceptez que si son empreinte SHA-256 est {{fingerprint}}.',
    certificate_many:
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver. Quand votre application de messagerie affiche un avertissement, ne l’acceptez que si son empreinte SHA-256 est {{fingerprint}}.',
    certificate_other:
      '{{host}} (ports {{ports}}) utilise un certificat que vous avez choisi d’approuver. Quand votre application de messagerie affiche un avertissement, ne l’acceptez que si son empreinte SHA-256 est {{fingerprint}}.',
    ports: 'Ports courants',
    protocol: 'Protocole',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLS ou aucun',
    submission: 'Soumission SMTP',
  },
  manual: {
    manual: {
      'new-outlook': {
        1: 'Dans le nouvel Outlook : Paramètres (la roue dentée en haut à droite) → Comptes → Comptes de messagerie → Ajouter un compte.',
        2: 'Tapez votre adresse e-mail et choisissez Continuer ; quand Outlook demande le type de compte, choisissez celui indiqué sous « Courrier entrant » ci-dessous (IMAP ou POP).',
        3: 'Ouvrez « Afficher plus » (les paramètres avancés), tapez les valeurs ci-dessous et choisissez Continuer.',
      },
      'outlook-mac': {
        1: 'Dans Outlook pour Mac : menu Outlook → Paramètres → Comptes → + (en bas à gauche) → Nouveau compte.',
        2: 'Tapez votre adresse e-mail et choisissez Continuer ; quand Outlook demande le fournisseur, choisissez IMAP/POP.',
        3: 'Tapez les valeurs ci-dessous et choisissez Ajouter un compte.',
      },
      other: {
        1: 'Dans votre application de messagerie, ajoutez un compte à la main (IMAP ou POP, souvent sous « paramètres avancés ») et tapez les valeurs ci-dessous.',
      },
    },
    signIn: {
      'new-outlook': {
        1: 'Dans le nouvel Outlook : Paramètres (la roue dentée en haut à droite) → Comptes → Comptes de messagerie → Ajouter un compte.',
        2: 'Tapez votre adresse e-mail et choisissez Continuer.',
        3: 'Connectez-vous avec {{provider}} dans la fenêtre qui s’ouvre ; il n’y a aucun réglage de serveur à taper.',
      },
      'outlook-mac': {
        1: 'Dans Outlook pour Mac : menu Outlook → Paramètres → Comptes → + (en bas à gauche) → Nouveau compte.',
        2: 'Tapez votre adresse e-mail et choisissez Continuer.',
        3: 'Connectez-vous avec {{provider}} dans la fenêtre qui s’ouvre ; il n’y a aucun réglage de serveur à taper.',
      },
      other: {
        1: 'Dans votre application de messagerie, ajoutez le compte comme compte {{provider}} (ou par son adresse) et connectez-vous avec {{provider}} quand cela vous est demandé ; si l’application demande des serveurs, tapez les valeurs ci-dessous.',
      },
    },
  },
  batch: {
    'not-csv': 'le fichier n’est pas lisible comme CSV : {{error}}',
    'too-many-rows': 'plus de {{max}} lignes ; divisez le fichier',
    'bad-address': '« {{value}} » : {{problem}}',
    'listed-twice': '{{email}} figure deux fois ; la première ligne est utilisée',
    'no-settings': '{{email}} : aucun réglage pour {{domain}} ({{reason}})',
    failed: '{{email}} : {{reason}}',
    'format-refused': '{{email}} : pas de {{format}} : {{reason}}',
  },
};
