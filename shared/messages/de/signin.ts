import type { Translation } from '../catalog-shape';
import type { signin as en } from '../en/signin';

export const signin: Translation<typeof en> = {
  page: {
    done: { title: 'Angemeldet', text: 'Sie können dieses Fenster schließen und zu Mail Setup zurückkehren.' },
    refused: {
      title: 'Anmeldung nicht abgeschlossen',
      text: 'Die Anmeldung wurde nicht beendet. Sie können dieses Fenster schließen; Mail Setup sagt Ihnen, wie es weitergeht.',
    },
    mismatch: {
      title: 'Diese Antwort ist nicht für Mail Setup',
      text: 'Diese Anmeldeantwort gehört nicht zu der Anmeldung, die Mail Setup gestartet hat, und wurde deshalb ignoriert. Schließen Sie dieses Fenster und beginnen Sie in Mail Setup von vorn.',
    },
  },
  failure: {
    'consent-refused':
      'Sie haben den Zugriff im Browser nicht erlaubt, daher wurde nichts geprüft. Starten Sie die Anmeldung erneut, wenn Sie möchten.',
    'provider-error':
      'Der Anbieter konnte die Anmeldung nicht abschließen. Versuchen Sie es später erneut; die Details unten zeigen, was er geantwortet hat.',
    'timed-out':
      'Der Browser ist nicht rechtzeitig zurückgekehrt. Starten Sie die Anmeldung erneut und schließen Sie sie im Browserfenster ab.',
    cancelled: 'Die Anmeldung wurde abgebrochen.',
    'state-mismatch':
      'Die zurückgekommene Antwort gehörte nicht zu dieser Anmeldung und wurde zu Ihrer Sicherheit ignoriert. Beginnen Sie von vorn.',
    'issuer-mismatch': 'Die Antwort kam von einem anderen Anmeldedienst als dem angefragten und wurde zu Ihrer Sicherheit ignoriert.',
    'browser-failed': 'Der Webbrowser konnte nicht geöffnet werden. Kopieren Sie die Anmeldeadresse selbst in einen Browser.',
    'token-refused':
      'Der Anbieter hat keinen Zugriff für Mail-Apps erteilt. Versuchen Sie es erneut; wenn es weiter fehlschlägt, sperrt Ihre Organisation vielleicht Mail-Apps.',
    network: 'Der Anmeldedienst war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  },
  noSignIn: {
    'no-client-id':
      'Diese Ausgabe von Mail Setup ist bei diesem Anbieter nicht für die Anmeldung registriert und kann das Konto daher nicht per Anmeldung prüfen. Ihre Mail-App bittet Sie beim Hinzufügen des Kontos, sich beim Anbieter anzumelden; die Einstellungen unten stimmen trotzdem.',
    'no-oauth': 'Dieser Anbieter bietet keine Anmeldung für Mail-Apps an; verwenden Sie Ihr Passwort (oder ein App-Passwort).',
    'discovery-failed':
      'Der Anmeldedienst des Anbieters wurde nicht gefunden. Ihre Mail-App bittet Sie beim Hinzufügen des Kontos, sich anzumelden.',
    'registration-refused':
      'Der Anmeldedienst des Anbieters hat Mail Setup nicht zugelassen. Ihre Mail-App bittet Sie beim Hinzufügen des Kontos, sich anzumelden.',
    'untrusted-source':
      'Die Anmeldeadresse stammt aus einer ungeschützten Abfrage, deshalb schickt Mail Setup Sie nicht dorthin. Ihre Mail-App bittet Sie, sich anzumelden.',
  },
  evidence: {
    'provider-table': 'Anmeldeeinstellungen für {{detail}} aus der eingebauten Anbietertabelle',
    'client-configuration': 'Client-ID aus der Konfiguration ({{detail}})',
    autoconfig: 'Anmeldeeinstellungen in der Autoconfig-Datei der Domain ({{detail}})',
    'protected-resource-metadata': 'Die Metadaten der geschützten Ressource des Mailservers ({{detail}})',
    'authorization-server-metadata': 'Die Metadaten des Anmeldedienstes ({{detail}})',
    'dynamic-registration': 'Mail Setup hat sich beim Anmeldedienst registriert ({{detail}})',
    'login-failure-hint': 'Der Anmeldedienst, den der Mailserver beim Ablehnen eines Tokens genannt hat ({{detail}})',
  },
  microsoft365: {
    headline: {
      'exchange-online':
        'Dies ist ein Microsoft 365-Postfach (Exchange Online). Am besten fügen Sie es als Microsoft 365/Exchange-Konto hinzu und melden sich mit Microsoft an.',
      'exchange-on-premises':
        'Dieses Postfach liegt auf dem eigenen Exchange-Server Ihrer Organisation. Fügen Sie es als Exchange-Konto hinzu; IMAP funktioniert nur, wenn Ihre Organisation es eingeschaltet hat.',
      unknown:
        'Diese Adresse sieht nach einem Microsoft-Postfach aus (Microsoft 365 oder Outlook.com). Fügen Sie es als Microsoft-Konto hinzu und melden Sie sich mit Microsoft an.',
      consumer:
        'Dies ist ein Outlook.com-Postfach. Fügen Sie es in Ihrer Mail-App als Outlook.com-Konto hinzu; es meldet sich mit Microsoft an, nicht mit einem Passwort.',
    },
    app: {
      exchange:
        'Outlook: Fügen Sie das Konto über seine Adresse hinzu; Outlook erkennt Microsoft 365 und bittet Sie, sich mit Microsoft anzumelden.',
      'exchange-activesync':
        'Apple Mail (Mac, iPhone, iPad): Wählen Sie beim Hinzufügen des Kontos „Microsoft Exchange“ und melden Sie sich dann mit Microsoft an.',
      'imap-oauth':
        'Thunderbird und andere Mail-Apps: Verwenden Sie IMAP und SMTP und wählen Sie als Authentifizierung „OAuth2“ bzw. „Mit Microsoft anmelden“; ein normales Passwort wird abgelehnt.',
      'imap-if-enabled':
        'Thunderbird und andere Mail-Apps: IMAP und SMTP funktionieren nur, wenn Ihre Organisation sie eingeschaltet hat; fragen Sie Ihre IT-Abteilung.',
    },
    evidence: {
      'provider-table': '{{detail}} ist eine Outlook.com-Domain',
      mx: 'MX {{detail}}',
      'autodiscover-v2': 'Autodiscover v2 nennt ActiveSync unter {{detail}}',
      'autodiscover-pox': 'Autodiscover verlangt die Microsoft-Anmeldung ({{detail}})',
    },
  },
};
