import type { Translation } from '../catalog-shape';
import type { finding as en } from '../en/finding';

export const finding: Translation<typeof en> = {
  works: 'Ihre E-Mail-Einstellungen funktionieren.',
  'port-blocked': 'Port {{port}} ist in diesem Netzwerk gesperrt; verwenden Sie {{alternative}} mit STARTTLS ({{host}}).',
  'password-wrong':
    'Ihr Passwort ist falsch (oder der Benutzername): Antwort von {{hosts}}, aber die Anmeldung als {{usernames}} wurde abgelehnt.',
  'provider-password': 'Der Server hat die Anmeldung abgelehnt: {{provider}} {{note}}.',
  'provider-note': 'Hinweis: {{provider}} {{note}}.',
  'cert-expired':
    'Das Zertifikat von {{host}} ist am {{date}} abgelaufen. Der Mail-Anbieter muss es erneuern; bis dahin ist die Verbindung nicht sicher.',
  'cert-not-yet-valid': 'Das Zertifikat von {{host}} gilt erst ab {{date}}: Prüfen Sie Datum und Uhrzeit dieses Computers.',
  'cert-self-signed':
    '{{host}} verwendet ein selbst signiertes Zertifikat, für das keine Zertifizierungsstelle bürgt (SHA-256 {{fingerprint}}). Vertrauen Sie ihm nur, wenn die Administration des Servers diesen Fingerabdruck bestätigt.',
  'cert-wrong-host':
    'Das Zertifikat von {{host}} wurde für {{names}} ausgestellt, nicht für {{host}}: Vielleicht ist der Servername falsch, oder jemand hat sich dazwischengeschaltet.',
  'cert-other': 'Die sichere Verbindung zu {{host}}:{{port}} ist fehlgeschlagen: {{problem}}.',
  'plaintext-only':
    '{{host}} bietet nur unverschlüsselte Verbindungen an, Ihr Passwort wäre also im Netzwerk lesbar. Bitten Sie den Anbieter um Verschlüsselung, oder erlauben Sie es nur in einem Netzwerk, dem Sie vertrauen.',
  'untrusted-source':
    '{{host}} wurde über eine Abfrage gefunden, der man nicht trauen kann ({{source}}); bestätigen Sie diesen Server, bevor Sie Ihr Passwort an ihn senden.',
  'no-auth-method': '{{host}}:{{port}} bietet kein Anmeldeverfahren an, das diese App sicher nutzen kann.',
  'not-found': 'Für {{domain}} wurde kein Mailserver gefunden. Prüfen Sie die Schreibweise des Teils nach dem @.',
  offline:
    'Sie scheinen offline zu sein: Kein DNS-Server hat geantwortet und nichts war erreichbar, nicht einmal für einen Anbieter, den Mail Setup kennt. Verbinden Sie sich mit dem Internet (in Hotel- oder Café-Netzwerken müssen Sie sich eventuell zuerst auf deren Webseite anmelden) und versuchen Sie es dann erneut.',
  'no-such-domain':
    'Die Domain {{domain}} gibt es nicht. Prüfen Sie den Teil nach dem @: Ein fehlender oder vertauschter Buchstabe genügt schon.',
  'no-mail-servers':
    '{{domain}} gibt es, aber sie nennt keine Mailserver und kann daher keine E-Mails empfangen. Prüfen Sie die Adresse; wenn sie stimmt, geben Sie die Servernamen ein, die Ihr Anbieter Ihnen genannt hat.',
  unreachable:
    'Keiner der Mailserver von {{domain}} ist von hier aus erreichbar: Vielleicht sperrt eine Firewall die Mail-Ports, oder die Server sind ausgefallen.',
  'no-working-server': 'Für {{domain}} wurde kein funktionierender Mailserver gefunden.',
  'give-password': 'Die Server wurden gefunden; geben Sie Ihr Passwort ein, um die Anmeldung zu testen.',
  'server-problem': '{{host}}:{{port}}: {{outcome}}',
  'no-incoming': 'Es wurde kein Posteingangsserver (IMAP oder POP3) gefunden.',
  'no-outgoing': 'Es wurde kein Postausgangsserver (SMTP) gefunden.',
  'cert-no-names':
    'Das Zertifikat von {{host}} nennt seinen Server nur im alten Feld Common Name ({{subject}}), ohne die subjectAltName-Liste, die Mail-Apps verlangen; daher kann ihm nicht vertraut werden. Der Anbieter muss ein neues Zertifikat ausstellen.',
  'ipv6-broken':
    'IPv6 ist in diesem Netzwerk gestört; IPv4 funktioniert. Mail-Apps brauchen eventuell länger für die Verbindung oder scheitern, bis das Netzwerk (oder sein IPv6) repariert ist.',
  'test-message-delivered':
    'Eine Testnachricht, die Sie sich selbst geschickt haben, ist {{seconds}} s nach dem Senden in Ihrem Posteingang angekommen.',
  'test-message-failed': 'Eine Testnachricht, die Sie sich selbst geschickt haben, ist nicht angekommen: {{why}}',
  'test-message-junk':
    'Eine Testnachricht, die Sie sich selbst geschickt haben, ist angekommen, aber im Ordner {{folder}}: Ihr Spamfilter hat sie abgefangen.',
  'test-message-lost':
    'Der Server hat eine Testnachricht angenommen, die Sie sich selbst geschickt haben, aber sie ist nicht innerhalb von {{seconds}} s angekommen.',
  'verified-by-sign-in': 'Durch Anmeldung mit {{provider}} bestätigt: Die Mailserver akzeptieren die Anmeldung.',
  'sign-in-failed': 'Die Anmeldung mit {{provider}} hat das Konto nicht bestätigt: {{why}}',
  'logins-refused_one':
    '{{count}} Anmeldung wurde abgelehnt. Jeder Anmeldename wird für Posteingang und Postausgang je höchstens einmal versucht, daher kann diese Prüfung Ihr Konto nicht sperren.',
  'logins-refused_other':
    '{{count}} Anmeldungen wurden abgelehnt. Jeder Anmeldename wird für Posteingang und Postausgang je höchstens einmal versucht, daher kann diese Prüfung Ihr Konto nicht sperren.',
  unproven: 'Die Einstellungen konnten nicht bestätigt werden.',
  risk: {
    plaintext:
      '{{direction}} ({{host}}): Ihr Passwort und Ihre E-Mails werden unverschlüsselt übertragen; jeder im Netzwerk kann sie lesen.',
    'trusted-certificate':
      '{{direction}} ({{host}}): Sie haben dem Zertifikat dieses Servers selbst vertraut; keine Zertifizierungsstelle bürgt dafür. Bitten Sie den Anbieter, es zu beheben.',
    'untrusted-source':
      '{{direction}} ({{host}}): Sie haben diesen Server selbst bestätigt; er stammt aus einer Abfrage, der man nicht trauen kann.',
    unverified: '{{direction}} ({{host}}): Nicht bestätigt; die Anmeldung wurde nicht erfolgreich getestet.',
    'expired-certificate':
      '{{direction}} ({{host}}): Das Zertifikat ist abgelaufen, daher ist die Verbindung nicht sicher, bis der Anbieter es erneuert.',
  },
  direction: { incoming: 'Posteingang', outgoing: 'Postausgang' },
  action: {
    trustCert: 'Diesem Zertifikat vertrauen',
    trustCertCheck: 'Ich habe den Fingerabdruck mit dem verglichen, den mir die Administration des Servers genannt hat',
    allowPlaintext: 'Mein Passwort unverschlüsselt an {{host}} senden',
    allowPlaintextCheck: 'Mir ist klar, dass andere in diesem Netzwerk mein Passwort mitlesen könnten',
    consent: '{{host}} verwenden und mein Passwort dorthin senden',
    help: 'Hilfe von {{provider}} öffnen',
    working: 'Wird erneut getestet …',
  },
};
