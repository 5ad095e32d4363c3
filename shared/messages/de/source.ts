import type { Translation } from '../catalog-shape';
import type { source as en } from '../en/source';

export const source: Translation<typeof en> = {
  name: {
    provider: 'Liste bekannter Anbieter',
    srv: 'DNS-Einträge Ihrer Domain',
    autoconfig: 'Einstellungsdatei Ihrer Domain',
    ispdb: 'Anbieterdatenbank von Thunderbird',
    autodiscover: 'Outlook Autodiscover',
    microsoft365: 'Microsoft 365 und Exchange',
    mx: 'Mail-Exchanger (MX) Ihrer Domain',
    guess: 'Gängige Servernamen',
    user: 'Von Ihnen eingegeben',
    'autoconfig-http': 'Einstellungsdatei über eine unsichere Verbindung',
  },
  note: {
    'app-password':
      'braucht ein App-Passwort: Erstellen Sie eines in den Sicherheitseinstellungen Ihres Kontos und verwenden Sie es hier statt Ihres normalen Passworts',
    'authorization-code':
      'braucht statt Ihres Passworts einen Autorisierungscode (授权码): Schalten Sie IMAP/SMTP in den Einstellungen des Webmailers ein und erzeugen Sie einen',
    'oauth2-only':
      'nimmt von Mail-Apps überhaupt keine Passwörter an; verwenden Sie eine App, die sich bei Ihrem Anbieter anmeldet (OAuth2)',
    'enable-imap': 'verlangt, dass der IMAP/POP-Zugriff zuerst in den Einstellungen des Webmailers eingeschaltet wird',
    'bridge-required': 'funktioniert in Mail-Apps nur über die eigene Bridge-App',
  },
  provider: {
    gmail:
      'Google nimmt Ihr normales Passwort nur über die eigene Anmeldung (OAuth2) an. Mit eingeschalteter Bestätigung in zwei Schritten erstellen Sie ein App-Passwort und verwenden es hier.',
    outlook:
      'Microsoft hat die Anmeldung mit Passwort für Outlook.com abgeschaltet: Mail-Apps müssen sich über Microsoft anmelden (OAuth2).',
    microsoft365:
      'Exchange Online erlaubt IMAP und POP nur mit der Microsoft-Anmeldung (OAuth2), und nur, wenn Ihre Administration sie freigeschaltet hat.',
    yahoo: 'Yahoo verlangt für Mail-Apps ein App-Passwort; Ihr normales Passwort wird abgelehnt.',
    icloud:
      'iCloud verlangt ein app-spezifisches Passwort, das Sie auf der Seite Ihres Apple Accounts erstellen. iCloud bietet kein POP3 an.',
    aol: 'AOL verlangt für Mail-Apps ein App-Passwort.',
    gmx: 'Schalten Sie zuerst „POP3/IMAP Abruf“ in den Einstellungen des GMX-Webmailers ein.',
    'gmx-com': 'Schalten Sie zuerst „POP3/IMAP access“ in den Einstellungen des GMX-Webmailers ein.',
    webde: 'Schalten Sie zuerst „POP3/IMAP Abruf“ in den Einstellungen von WEB.DE ein.',
    yandex: 'Yandex verlangt ein App-Passwort, und der Zugriff für Mail-Apps muss in den Einstellungen eingeschaltet sein.',
    mailru: 'Mail.ru verlangt ein Passwort für externe Anwendungen, das Sie in den Sicherheitseinstellungen erstellen.',
    qq: 'QQ Mail verlangt statt Ihres QQ-Passworts einen Autorisierungscode (授权码): Schalten Sie IMAP/SMTP in den Einstellungen ein und erzeugen Sie einen.',
    exmail: 'Wenn die sichere Anmeldung eingeschaltet ist, erzeugen Sie in den Exmail-Einstellungen ein Client-Passwort.',
    netease163:
      '163 Mail verlangt einen Client-Autorisierungscode (客户端授权密码): Schalten Sie IMAP/SMTP in den Einstellungen ein und erstellen Sie einen.',
    netease126:
      '126 Mail verlangt einen Client-Autorisierungscode (客户端授权密码): Schalten Sie IMAP/SMTP in den Einstellungen ein und erstellen Sie einen.',
    yeah: 'yeah.net verlangt einen Client-Autorisierungscode (客户端授权密码).',
    sina: 'Schalten Sie IMAP/SMTP in den Einstellungen von Sina Mail ein; eventuell wird ein Autorisierungscode verlangt.',
    china139: '139 Mail verlangt für Mail-Apps einen Autorisierungscode.',
    fastmail: 'Fastmail verlangt für Mail-Apps ein App-Passwort.',
    zoho: 'Schalten Sie den IMAP-Zugriff in den Einstellungen von Zoho Mail ein; mit Zwei-Faktor-Anmeldung verwenden Sie ein anwendungsspezifisches Passwort.',
    'zoho-eu':
      'Schalten Sie den IMAP-Zugriff in den Einstellungen von Zoho Mail ein; mit Zwei-Faktor-Anmeldung verwenden Sie ein anwendungsspezifisches Passwort.',
    proton:
      'Proton Mail funktioniert in anderen Mail-Apps nur über die App Proton Mail Bridge, die auf Ihrem eigenen Computer läuft und die zu verwendenden Einstellungen anzeigt.',
  },
  warning: {
    'dns-failed': '{{name}}: {{reason}}',
    'not-offered': '{{name}}: Laut Domain wird dieser Dienst nicht angeboten (Ziel „.“)',
    'no-settings-file': '{{url}}: keine Einstellungsdatei',
    'no-autodiscover': '{{url}}: keine Autodiscover-Antwort',
    'lookup-failed': '{{url}}: {{reason}}',
    'entry-skipped': '{{url}}: {{reason}}',
    'plain-http':
      '{{url}}: Die Einstellungen kamen über unverschlüsseltes HTTP; das Passwort geht nur mit Ihrer Zustimmung an diese Server',
    'autodiscover-redirect': '{{url}}: Autodiscover verweist auf eine andere Adresse ({{address}}); nicht gefolgt',
    'source-failed': '{{source}}: {{reason}}',
    'ispdb-not-asked': '{{domain}} steht in der eingebauten Anbietertabelle; die ISPDB wurde nicht gefragt',
    'snapshot-unusable': 'die mitgelieferte Kopie der ISPDB war nicht verwendbar ({{error}}); stattdessen wurde die Online-ISPDB gefragt',
  },
  known: {
    origin: { table: 'der eingebauten Anbietertabelle', snapshot: 'der mitgelieferten Kopie der ISPDB' },
    answered:
      '{{domain}} ist aus {{origin}} bekannt ({{name}}) und die Server haben geantwortet, daher wurde zu {{domain}} nichts weiter gefragt (nicht gefragt: {{sources}})',
    unanswered:
      '{{domain}} ist aus {{origin}} bekannt ({{name}}), aber die Server haben nicht geantwortet; die anderen Quellen werden gefragt ({{sources}})',
    stopped: '{{domain}} ist aus {{origin}} bekannt ({{name}}); der Lauf endete, bevor die anderen Quellen ({{sources}}) gefragt wurden',
  },
  skipped: {
    'not-mail': 'Server vom Typ „{{type}}“ ist weder IMAP noch POP3 noch SMTP',
    'invalid-autoconfig': '{{protocol}}-Eintrag mit ungültigem Host, Port oder socketType',
    'invalid-autodiscover': '{{type}}-Eintrag mit ungültigem Server oder Port',
  },
};
