import type { Translation } from '../catalog-shape';
import type { exportFiles as en } from '../en/export';

export const exportFiles: Translation<typeof en> = {
  label: {
    thunderbird: 'Thunderbird-Autoconfig-Datei für den Webserver (config-v1.1.xml)',
    'thunderbird-isp': 'Thunderbird-Autoconfig-Datei für den isp-Ordner der Installation (<domain>.xml)',
    'thunderbird-import': 'Thunderbird-Importdatei (.zip)',
    'thunderbird-policies': 'Thunderbird-Unternehmensrichtlinie (policies.json)',
    apple: 'Apple Mail-Profil (.mobileconfig)',
    outlook: 'Outlook-Autodiscover-Antwort (autodiscover.xml)',
    'outlook-prf': 'Outlook-Profildatei (.prf)',
    json: 'JSON-Beschreibung (mailsetup-account/1)',
    summary: 'Übersicht zum Ausdrucken (Text)',
    'summary-html': 'Übersicht zum Ausdrucken (Webseite)',
    dns: 'DNS-Einträge für die Domain (Zonendatei)',
  },
  app: {
    apple: 'Apple Mail (Mac, iPhone, iPad)',
    'outlook-prf': 'Outlook für Windows (klassisch)',
    thunderbird: 'Thunderbird-Autoconfig-Datei (für Ihren Webserver)',
    summary: 'Übersicht zum Ausdrucken, für jede andere App',
    outlook: 'Outlook-Autodiscover-Antwort (für Ihren Webserver)',
    'thunderbird-isp': 'Thunderbird-Autoconfig-Datei (für den isp-Ordner einer Installation)',
    'thunderbird-import': 'Thunderbird',
    'thunderbird-policies': 'Thunderbird-Unternehmensrichtlinie (policies.json)',
    json: 'JSON-Beschreibung',
    'summary-html': 'Übersicht zum Ausdrucken (Webseite)',
    dns: 'DNS-Einträge für Ihre Domain',
  },
  guide: {
    thunderbird:
      'Für den Webserver der Domain: Veröffentlichen Sie die Datei unter https://autoconfig.<domain>/mail/config-v1.1.xml (oder https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml). Die Kontoeinrichtung von Thunderbird füllt dann alles allein anhand der Adresse aus, ebenso die Apps, die dasselbe Format lesen (K-9/Thunderbird für Android, Evolution, KMail, Delta Chat).',
    'thunderbird-isp':
      'Für die Administration: Kopieren Sie die Datei unverändert in den isp-Ordner der Thunderbird-Installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\isp; Linux: neben dem Programm thunderbird, z. B. /usr/lib/thunderbird/isp; macOS: Thunderbird.app/Contents/Resources/isp, das jedes Update ersetzt). Die Kontoeinrichtung von Thunderbird füllt dann für jede Adresse der Domain alles aus, ganz ohne Abfrage im Netzwerk.',
    'thunderbird-import':
      'In Thunderbird: Menü ≡ → Extras → Importieren → „Import from a file“ → „Import Backed-up Profile“ → Weiter; wählen Sie diese Datei, lassen Sie „Accounts and Settings“ angehakt → Weiter → „Start Import“. Thunderbird startet neu, das Konto steht neben den schon vorhandenen Konten, und das Passwort wird bei der ersten Verwendung abgefragt. Nur einmal importieren; keine Administratorrechte nötig.',
    'thunderbird-policies':
      'Für die Administration: Speichern Sie die Datei als policies.json in /etc/thunderbird/policies/ (Linux) oder im distribution-Ordner der Thunderbird-Installation (Windows: C:\\Program Files\\Mozilla Thunderbird\\distribution; macOS: Thunderbird.app/Contents/Resources/distribution), von Hand zusammengeführt mit einer dort schon vorhandenen policies.json. Jedes Thunderbird-Profil auf diesem Computer, das noch kein E-Mail-Konto hat, beginnt mit diesem Konto, und später hinzugefügte Konten bleiben erhalten. Profile, die schon Konten haben, bleiben unverändert: Importieren Sie dort die .zip-Datei. Lassen Sie die Datei an ihrem Platz: Die Kontoeinstellungen stammen aus ihr. Thunderbird fragt bei der ersten Verwendung nach dem Passwort. Ein mitgespeichertes .pem-Zertifikat gehört in einen Ordner namens certificates in diesem distribution-Ordner.',
    apple:
      'Auf dem Mac: Doppelklicken Sie auf die Datei und öffnen Sie dann Systemeinstellungen → Allgemein → Geräteverwaltung (macOS 15 und neuer; macOS 13 und 14: Datenschutz & Sicherheit → Profile), doppelklicken Sie auf das Profil, wählen Sie „Installieren“ und geben Sie Ihr Mac-Passwort ein. Auf iPhone oder iPad: Öffnen Sie die Datei über AirDrop, Mail oder Dateien, dann Einstellungen → „Profil geladen“ (ganz oben) → Installieren, Code eingeben, Installieren. Enthält das Profil ein Zertifikat, schalten Sie es zusätzlich unter Einstellungen → Allgemein → Info → Zertifikatsvertrauenseinstellungen ein. Das Gerät nennt ein Profil „Nicht überprüft“ oder „Nicht signiert“, wenn keine Organisation es signiert hat: Prüfen Sie, dass es Ihre Adresse zeigt, und installieren Sie es dann.',
    outlook:
      'Für den Webserver der Domain (Administration): Liefern Sie die Datei als Antwort auf den POST von Outlook unter https://autodiscover.<domain>/autodiscover/autodiscover.xml aus. Sie enthält nichts Persönliches (keinen Anmeldenamen, keinen Anzeigenamen) und beantwortet jeden Benutzer der Domain; das klassische Outlook für Windows (2013–2021, Microsoft 365 Apps) richtet das Konto dann allein anhand der Adresse ein.',
    'outlook-prf':
      'Nur klassisches Outlook für Windows (2013–2021, Microsoft 365 Apps). Schließen Sie zuerst Outlook. Drücken Sie dann Win+R, geben Sie outlook.exe /importprf "%USERPROFILE%\\Downloads\\<Datei>.prf" ein (den Ordner, in dem Sie sie gespeichert haben) und drücken Sie die Eingabetaste. Das klassische Outlook hat oben links die Registerkarte „Datei“; das neue Outlook hat keine (seine Einstellungen liegen hinter dem Zahnrad oben rechts) und kann keine PRF-Dateien lesen, ebenso wenig Outlook für Mac: Fügen Sie das Konto dort mit den Werten aus der Übersicht zum Ausdrucken hinzu.',
    json: 'Für Skripte und andere Werkzeuge; das Schema ist docs/account-v1.schema.json.',
    summary: 'Die Einstellungen zum Eintippen in jede andere Mail-App.',
    'summary-html': 'Im Browser öffnen und ausdrucken; die Einstellungen zum Eintippen in jede andere Mail-App.',
    dns: 'Für die Administration der Domain: Tragen Sie diese Einträge beim DNS-Anbieter ein, damit jede Mail-App die Server von selbst findet.',
  },
  open: {
    'outlook-prf':
      'Schließen Sie Outlook. Drücken Sie Win+R, geben Sie  outlook.exe /importprf "{{path}}"  ein und drücken Sie die Eingabetaste.',
  },
  note: {
    'no-password-place': '{{label}} hat keinen Platz für ein Passwort; es wurde weggelassen, und die Mail-App fragt danach.',
    oauth2:
      'Dieses Konto meldet sich mit {{provider}} an (OAuth2): In der Mail-App funktioniert kein Passwort. Wenn die App fragt, melden Sie sich im Fenster, das sie öffnet, mit {{provider}} an.',
    'name-cleaned':
      'Der Name enthielt Zeilenumbrüche oder andere Steuerzeichen, die keine Mail-App speichern kann; jedes davon wurde zu einem Leerzeichen.',
    unsigned:
      'Das Profil ist nicht signiert: iPhone und iPad zeigen es als „Nicht überprüft“, ein Mac als „Nicht signiert“. Das heißt nur, dass keine Organisation dafür bürgt; es wurde hier für dieses Konto erstellt. Wer Profile an viele Personen verteilt, kann sie mit dem Zertifikat der eigenen Organisation signieren (mailsetup export … --sign-cert cert.pem --sign-key key.pem, und --sign-chain für Zwischenzertifikate); die Geräte zeigen dann den Namen der Organisation, und „Überprüft“, wenn ihr Zertifikat von einer vertrauenswürdigen Zertifizierungsstelle stammt.',
    'apple-certificate':
      'Das Profil installiert auch das Zertifikat, dem Sie vertrauen wollten. Schalten Sie auf iPhone und iPad nach der Installation das volle Vertrauen dafür ein: Einstellungen → Allgemein → Info → Zertifikatsvertrauenseinstellungen. Auf dem Mac genügt es, das Profil mit Ihrem Passwort zu installieren; warnt Mail trotzdem, öffnen Sie die Schlüsselbundverwaltung, doppelklicken Sie auf das Zertifikat und setzen Sie „Bei Verwendung dieses Zertifikats“ auf „Immer vertrauen“.',
    'apple-ios-only-google':
      'Dieses Profil fügt ein Google-Konto hinzu, das sich mit Google anmeldet: Nur iPhone und iPad installieren es. Fügen Sie das Konto auf dem Mac unter Systemeinstellungen → Internetaccounts → Account hinzufügen → Google hinzu.',
    'apple-ios-only-microsoft':
      'Dieses Profil fügt ein Microsoft Exchange-Konto hinzu, das sich mit Microsoft anmeldet: Nur iPhone und iPad installieren es. Fügen Sie das Konto auf dem Mac unter Systemeinstellungen → Internetaccounts → Account hinzufügen → Microsoft Exchange hinzu.',
    'autodiscover-personal':
      'autodiscover.xml beantwortet jeden Benutzer der Domain und enthält deshalb nichts Persönliches: keinen Anmeldenamen, keinen Anzeigenamen.',
    'autodiscover-login':
      'Die Server erwarten einen Anmeldenamen, der nicht die vollständige Adresse ist. Eine Datei auf einem Webserver kann nicht jeder Person ihren eigenen geben, daher verwendet Outlook die Adresse; die Personen müssen den Benutzernamen in den Kontoeinstellungen ändern (oder im klassischen Outlook die .prf-Datei importieren).',
    'prf-implicit-tls':
      'Eine PRF-Datei kann für den Posteingangsserver kein STARTTLS angeben, daher verwendet das Profil {{chosen}} (von Anfang an verschlüsselt, ebenfalls bestätigt) statt {{server}}.',
    'policies-certificate':
      'policies.json installiert das Zertifikat von {{host}}, dem Sie vertrauen wollten, aus der daneben gespeicherten Datei {{file}}: Legen Sie diese Datei in einen Ordner namens certificates im distribution-Ordner der Thunderbird-Installation (unter Linux funktioniert auch /usr/lib/mozilla/certificates).',
    'trusted-certificate_one':
      '{{host}} (Port {{ports}}) verwendet ein Zertifikat, dem Sie in Mail Setup vertraut haben. {{app}} warnt beim ersten Verbinden davor: Akzeptieren Sie es nur dann dauerhaft, wenn sein SHA-256-Fingerabdruck {{fingerprint}} lautet.',
    'trusted-certificate_other':
      '{{host}} (Ports {{ports}}) verwendet ein Zertifikat, dem Sie in Mail Setup vertraut haben. {{app}} warnt beim ersten Verbinden davor: Akzeptieren Sie es nur dann dauerhaft, wenn sein SHA-256-Fingerabdruck {{fingerprint}} lautet.',
    'trusted-certificate-outlook_one':
      '{{host}} (Port {{ports}}) verwendet ein Zertifikat, dem Sie in Mail Setup vertraut haben. Outlook warnt beim ersten Verbinden davor: Wählen Sie „Zertifikat anzeigen“ → „Details“ und fahren Sie nur fort, wenn der Fingerabdruck {{sha1}} lautet (SHA-256 {{fingerprint}}).',
    'trusted-certificate-outlook_other':
      '{{host}} (Ports {{ports}}) verwendet ein Zertifikat, dem Sie in Mail Setup vertraut haben. Outlook warnt beim ersten Verbinden davor: Wählen Sie „Zertifikat anzeigen“ → „Details“ und fahren Sie nur fort, wenn der Fingerabdruck {{sha1}} lautet (SHA-256 {{fingerprint}}).',
    renamed:
      '„{{name}}“ schreibt jetzt {{label}}: Die user.js, die es früher schrieb, wurde bei jedem Start von Thunderbird erneut angewendet.',
    signed: 'Das Profil ist signiert; Geräte zeigen den Unterzeichner statt „Nicht signiert“.',
    secret:
      'Diese Datei enthält das Passwort: Behandeln Sie sie wie das Passwort selbst und löschen Sie sie, sobald das Konto funktioniert.',
  },
  refused: {
    'prf-starttls':
      'eine PRF-Datei kann für den Posteingangsserver nur „SSL“ oder „keine Verschlüsselung“ angeben, und {{server}} bietet STARTTLS an: Die Datei würde Ihr Passwort ungeschützt senden. Fügen Sie das Konto im klassischen Outlook stattdessen von Hand hinzu (Datei → Konto hinzufügen → Erweiterte Optionen → „Ich möchte mein Konto manuell einrichten“ → IMAP) und wählen Sie STARTTLS, mit den Werten aus der Übersicht zum Ausdrucken.',
    'prf-sign-in':
      'eine PRF-Datei richtet nur Konten mit Passwort ein, und dieses Konto meldet sich mit {{provider}} an: Fügen Sie es in Outlook über seine Adresse hinzu (Datei → Konto hinzufügen) und melden Sie sich auf Nachfrage mit {{provider}} an.',
    'outlook-sign-in':
      'dieses Konto meldet sich mit {{provider}} an; Outlook findet solche Konten selbst anhand der Adresse, daher gibt es keine Autodiscover-Antwort zu veröffentlichen.',
    'apple-sign-in':
      'ein Apple-Profil kann sich nur mit Google oder Microsoft anmelden, und dieses Konto meldet sich mit {{provider}} an: Fügen Sie es auf dem Gerät unter „Account hinzufügen“ in den Mail-Einstellungen hinzu (auf dem Mac: Systemeinstellungen → Internetaccounts).',
    'apple-sign-in-domain-wide':
      'ein {{provider}}-Konto in einem Apple-Profil braucht die Adresse der Person: Erstellen Sie ein Profil pro Person.',
    'login-control': 'der Anmeldename enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das keine Mail-App speichern kann',
    'bad-host': '„{{host}}“ ist kein Hostname, den eine Einstellungsdatei enthalten darf',
    'bad-port': '{{port}} ist keine Portnummer',
  },
  apple: {
    signInAccount: '{{provider}}: {{email}}',
    profileName: 'E-Mail: {{who}}',
    profileDescription: 'Richtet das E-Mail-Konto {{email}} ein (erstellt mit Mail Setup).',
    profileDescriptionDomain: 'Richtet das E-Mail-Konto für {{label}} ein (erstellt mit Mail Setup).',
    mailForDomain: 'E-Mail für {{label}}',
    certificate: 'Zertifikat von {{host}}',
  },
  prf: {
    title: 'Mail Setup: Outlook-Profil für {{email}}',
    close: 'Schließen Sie zuerst Outlook: Es liest diese Datei nur beim Start.',
    import:
      'Drücken Sie dann Win+R, geben Sie  outlook.exe /importprf "%USERPROFILE%\\Downloads\\{{file}}"  ein (den Ordner, in dem Sie diese Datei gespeichert haben) und drücken Sie die Eingabetaste.',
    editions:
      'Für das klassische Outlook (2013–2021, Microsoft 365 Apps). Das neue Outlook und Outlook für Mac können sie nicht verwenden.',
    password: 'Outlook fragt beim ersten Verbinden nach dem Passwort.',
    certificate_one:
      '{{host}} (Port {{ports}}) verwendet ein Zertifikat, dem Sie vertraut haben: Outlook warnt beim ersten Verbinden davor; akzeptieren Sie nur dieses Zertifikat:',
    certificate_other:
      '{{host}} (Ports {{ports}}) verwendet ein Zertifikat, dem Sie vertraut haben: Outlook warnt beim ersten Verbinden davor; akzeptieren Sie nur dieses Zertifikat:',
    thumbprint: 'SHA-1-Fingerabdruck (in Outlook: „Zertifikat anzeigen“ → „Details“) {{sha1}}; SHA-256 {{sha256}}',
  },
  importZip: {
    prefsComment: 'Mail Setup: das Thunderbird-Konto {{email}}, für den Import in Thunderbird.',
    intro: 'Diese Datei fügt Thunderbird das E-Mail-Konto {{email}} hinzu.',
    doNotUnpack: 'Nicht entpacken. In Thunderbird:',
    step1: 'Menü (die drei Striche) > Extras > Importieren.',
    step2: '„Import from a file“ > „Import Backed-up Profile“ > Weiter.',
    step3: 'Diese ZIP-Datei wählen. „Accounts and Settings“ angehakt lassen > Weiter > „Start Import“.',
    step4: 'Thunderbird startet mit dem neuen Konto neu; schon vorhandene Konten bleiben, wie sie sind.',
    password: 'Beim ersten Abrufen von E-Mails fragt es nach dem Passwort.',
    signIn:
      'Beim ersten Abrufen von E-Mails öffnet es die Anmeldeseite von {{provider}}: Melden Sie sich dort an (die Datei enthält kein Passwort).',
    exception:
      'Thunderbird zeigt dann „Sicherheits-Ausnahmeregel hinzufügen“: Wählen Sie „Ansehen“, vergleichen Sie den SHA-256-Fingerabdruck, und nur wenn er übereinstimmt, haken Sie „Diese Ausnahme dauerhaft speichern“ an und wählen „Sicherheits-Ausnahmeregel bestätigen“.',
    once: 'Nur einmal importieren: Jeder Import fügt das Konto erneut hinzu.',
  },
  zone: {
    title: 'DNS-Einträge für {{domain}}, erstellt mit Mail Setup. Syntax einer Zonendatei; passen Sie die TTL nach Bedarf an.',
    srv: 'Mail-Programme, die SRV-Einträge lesen (RFC 6186, RFC 8314), finden diese Server von selbst.',
    autoconfig: 'Thunderbird sucht https://autoconfig.{{domain}}/mail/config-v1.1.xml (der Export „thunderbird“).',
    autodiscover: 'Outlook sendet an https://autodiscover.{{domain}}/autodiscover/autodiscover.xml (der Export „outlook“).',
    certificate: 'Beide Namen brauchen ein gültiges HTTPS-Zertifikat auf {{host}}.',
    notOfferedDomain: 'Nicht angeboten: Das sagt das DNS der Domain heute selbst.',
    notOfferedProbed: 'Nicht angeboten: Die Mailserver wurden gefragt und bieten dort nichts an.',
    notChecked: '{{name}}: von Mail Setup nicht geprüft; tragen Sie hier einen Eintrag ein, wenn die Domain diesen Dienst anbietet.',
  },
  summary: {
    heading: 'E-Mail-Einstellungen für {{who}}',
    name: 'Name',
    address: 'E-Mail-Adresse',
    authentication: 'Authentifizierung',
    authMode: { password: 'Normales Passwort', oauth2: 'OAuth2 (Anmeldung beim Anbieter)' },
    incoming: 'Posteingang ({{protocol}})',
    outgoing: 'Postausgang ({{protocol}})',
    server: 'Server',
    port: 'Port',
    security: 'Sicherheit',
    username: 'Benutzername',
    password: 'Passwort',
    securityMode: { tls: 'SSL/TLS (von Anfang an verschlüsselt)', starttls: 'STARTTLS', plain: 'Keine (nicht verschlüsselt)' },
    yourAddress: 'Ihre E-Mail-Adresse',
    yourLocalPart: 'der Teil Ihrer Adresse vor dem @',
    yourPassword: 'Ihr E-Mail-Passwort',
    signIn: 'in Ihrer Mail-App mit {{provider}} anmelden',
    signInNote:
      'Kein Passwort: Dieses Konto meldet sich mit {{provider}} an. Ihre Mail-App öffnet beim Hinzufügen des Kontos die Anmeldeseite von {{provider}}.',
    certificate_one:
      '{{host}} (Port {{ports}}) verwendet ein Zertifikat, dem Sie vertraut haben. Wenn Ihre Mail-App davor warnt, akzeptieren Sie es nur, wenn sein SHA-256-Fingerabdruck {{fingerprint}} lautet.',
    certificate_other:
      '{{host}} (Ports {{ports}}) verwendet ein Zertifikat, dem Sie vertraut haben. Wenn Ihre Mail-App davor warnt, akzeptieren Sie es nur, wenn sein SHA-256-Fingerabdruck {{fingerprint}} lautet.',
    ports: 'Übliche Ports',
    protocol: 'Protokoll',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLS oder keine',
    submission: 'SMTP-Submission',
  },
  manual: {
    manual: {
      'new-outlook': {
        1: 'Im neuen Outlook: Einstellungen (das Zahnrad oben rechts) → Konten → E-Mail-Konten → Konto hinzufügen.',
        2: 'Geben Sie Ihre E-Mail-Adresse ein und wählen Sie „Weiter“; wenn Outlook nach der Kontoart fragt, wählen Sie die unten unter „Posteingang“ genannte (IMAP oder POP).',
        3: 'Öffnen Sie „Mehr anzeigen“ (die erweiterten Einstellungen), geben Sie die Werte unten ein und wählen Sie „Weiter“.',
      },
      'outlook-mac': {
        1: 'In Outlook für Mac: Menü „Outlook“ → Einstellungen → Konten → + (unten links) → Neues Konto.',
        2: 'Geben Sie Ihre E-Mail-Adresse ein und wählen Sie „Weiter“; wenn Outlook nach dem Anbieter fragt, wählen Sie IMAP/POP.',
        3: 'Geben Sie die Werte unten ein und wählen Sie „Konto hinzufügen“.',
      },
      other: {
        1: 'Fügen Sie in Ihrer Mail-App ein Konto von Hand hinzu (IMAP oder POP, oft unter „erweiterte Einstellungen“) und geben Sie die Werte unten ein.',
      },
    },
    signIn: {
      'new-outlook': {
        1: 'Im neuen Outlook: Einstellungen (das Zahnrad oben rechts) → Konten → E-Mail-Konten → Konto hinzufügen.',
        2: 'Geben Sie Ihre E-Mail-Adresse ein und wählen Sie „Weiter“.',
        3: 'Melden Sie sich im Fenster, das sich öffnet, mit {{provider}} an; Servereinstellungen müssen Sie nicht eingeben.',
      },
      'outlook-mac': {
        1: 'In Outlook für Mac: Menü „Outlook“ → Einstellungen → Konten → + (unten links) → Neues Konto.',
        2: 'Geben Sie Ihre E-Mail-Adresse ein und wählen Sie „Weiter“.',
        3: 'Melden Sie sich im Fenster, das sich öffnet, mit {{provider}} an; Servereinstellungen müssen Sie nicht eingeben.',
      },
      other: {
        1: 'Fügen Sie das Konto in Ihrer Mail-App als {{provider}}-Konto hinzu (oder über seine Adresse) und melden Sie sich auf Nachfrage mit {{provider}} an; fragt die App nach Servern, geben Sie die Werte unten ein.',
      },
    },
  },
  batch: {
    'not-csv': 'die Datei ist nicht als CSV lesbar: {{error}}',
    'too-many-rows': 'mehr als {{max}} Zeilen; teilen Sie die Datei auf',
    'bad-address': '„{{value}}“: {{problem}}',
    'listed-twice': '{{email}} steht doppelt in der Liste; die erste Zeile wird verwendet',
    'no-settings': '{{email}}: keine Einstellungen für {{domain}} ({{reason}})',
    failed: '{{email}}: {{reason}}',
    'format-refused': '{{email}}: kein {{format}}: {{reason}}',
  },
};
