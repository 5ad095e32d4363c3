import type { Translation } from '../catalog-shape';
import type { choice as en } from '../en/choice';

export const choice: Translation<typeof en> = {
  security: {
    tls: 'Die Verbindung ist vom ersten Byte an verschlüsselt (TLS), die sicherste Möglichkeit.',
    starttls: 'Die Verbindung wird mit STARTTLS verschlüsselt, bevor Ihr Passwort gesendet wird.',
    plain: 'Achtung: Diese Verbindung ist nicht verschlüsselt. Ihr Passwort und Ihre E-Mails können im Netzwerk mitgelesen werden.',
  },
  protocol: {
    imap: 'IMAP lässt Ihre E-Mails auf dem Server, so sehen sie auf all Ihren Geräten gleich aus.',
    pop3: 'POP3 lädt Ihre E-Mails auf dieses Gerät herunter; andere Geräte sehen nicht, was Sie gelesen oder abgelegt haben.',
  },
  source: {
    user: 'Sie haben diese Einstellungen eingegeben.',
    provider: 'Ihr Anbieter steht in unserer Liste bekannter Anbieter ({{detail}}).',
    srv: 'Ihre Domain veröffentlicht diesen Server in ihrem DNS (ein SRV-Eintrag), der Standardweg, Mailserver bekannt zu geben.',
    autoconfig: 'Ihre Domain veröffentlicht diese Einstellungen in einer Konfigurationsdatei ({{detail}}).',
    ispdb: 'Diese Einstellungen stammen aus der Anbieterdatenbank von Thunderbird (ISPDB).',
    autodiscover: 'Ihre Domain gibt diese Einstellungen über Autodiscover bekannt, wie Outlook es nutzt.',
    microsoft365: 'Microsoft erkennt dieses Postfach als Microsoft 365 oder Outlook.com ({{detail}}).',
    mx: 'Gefunden über den Server, der die E-Mails Ihrer Domain empfängt ({{detail}}).',
    guess: 'Gefunden durch Ausprobieren gängiger Servernamen ({{detail}}).',
    'autoconfig-http':
      'Aus einer Konfigurationsdatei, die ohne Verschlüsselung abgerufen wurde ({{detail}}); prüfen Sie sie, bevor Sie sich darauf verlassen.',
  },
  alternatives: 'Andere Einstellungen, die ebenfalls funktionieren: {{servers}}.',
  alternative: '{{host}} Port {{port}} ({{security}})',
};
