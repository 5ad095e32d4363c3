import type { Translation } from '../catalog-shape';
import type { source as en } from '../en/source';

export const source: Translation<typeof en> = {
  name: {
    provider: 'Lista de proveedores conocidos',
    srv: 'Registros DNS de su dominio',
    autoconfig: 'Archivo de configuración de su dominio',
    ispdb: 'Base de datos de proveedores de Thunderbird',
    autodiscover: 'Outlook Autodiscover',
    microsoft365: 'Microsoft 365 y Exchange',
    mx: 'Servidor de intercambio de correo (MX) de su dominio',
    guess: 'Nombres de servidor habituales',
    user: 'Escrito por usted',
    'autoconfig-http': 'Archivo de configuración por una conexión no segura',
  },
  note: {
    'app-password':
      'necesita una contraseña de aplicación: cree una en la configuración de seguridad de su cuenta y úsela aquí en lugar de su contraseña habitual',
    'authorization-code':
      'necesita un código de autorización (授权码) en lugar de su contraseña: active IMAP/SMTP en la configuración del correo web y genere uno',
    'oauth2-only':
      'no acepta ninguna contraseña de las aplicaciones de correo; use una aplicación que inicie sesión con su proveedor (OAuth2)',
    'enable-imap': 'necesita que primero active el acceso IMAP/POP en la configuración del correo web',
    'bridge-required': 'solo funciona en aplicaciones de correo a través de su aplicación Bridge',
  },
  provider: {
    gmail:
      'Google solo acepta su contraseña habitual a través de su propio inicio de sesión (OAuth2). Con la verificación en dos pasos activada, cree una contraseña de aplicación y úsela aquí.',
    outlook:
      'Microsoft desactivó el inicio de sesión con contraseña en Outlook.com: las aplicaciones de correo deben iniciar sesión a través de Microsoft (OAuth2).',
    microsoft365:
      'Exchange Online solo permite IMAP y POP con el inicio de sesión de Microsoft (OAuth2), y solo si su administrador los habilitó.',
    yahoo: 'Yahoo necesita una contraseña de aplicación para las aplicaciones de correo; su contraseña habitual será rechazada.',
    icloud: 'iCloud necesita una contraseña específica de app, creada en la página de su cuenta de Apple. iCloud no ofrece POP3.',
    aol: 'AOL necesita una contraseña de aplicación para las aplicaciones de correo.',
    gmx: 'Active primero «POP3/IMAP access» en la configuración del correo web de GMX.',
    'gmx-com': 'Active primero «POP3/IMAP access» en la configuración del correo web de GMX.',
    webde: 'Active primero «POP3/IMAP Abruf» en la configuración de WEB.DE.',
    yandex: 'Yandex necesita una contraseña de aplicación y el acceso para aplicaciones de correo activado en su configuración.',
    mailru: 'Mail.ru necesita una contraseña para aplicaciones externas, creada en su configuración de seguridad.',
    qq: 'QQ Mail necesita un código de autorización (授权码) en lugar de su contraseña de QQ: active IMAP/SMTP en la configuración y genere uno.',
    exmail: 'Si el inicio de sesión seguro está activado, genere una contraseña específica del cliente en la configuración de Exmail.',
    netease163: '163 Mail necesita un código de autorización de cliente (客户端授权密码): active IMAP/SMTP en la configuración y cree uno.',
    netease126: '126 Mail necesita un código de autorización de cliente (客户端授权密码): active IMAP/SMTP en la configuración y cree uno.',
    yeah: 'yeah.net necesita un código de autorización de cliente (客户端授权密码).',
    sina: 'Active IMAP/SMTP en la configuración de Sina Mail; puede que le pida un código de autorización.',
    china139: '139 Mail necesita un código de autorización para las aplicaciones de correo.',
    fastmail: 'Fastmail necesita una contraseña de aplicación para las aplicaciones de correo.',
    zoho: 'Active el acceso IMAP en la configuración de Zoho Mail; con el inicio de sesión en dos pasos, use una contraseña específica de la aplicación.',
    'zoho-eu':
      'Active el acceso IMAP en la configuración de Zoho Mail; con el inicio de sesión en dos pasos, use una contraseña específica de la aplicación.',
    proton:
      'Proton Mail solo funciona en otras aplicaciones de correo a través de la aplicación Proton Mail Bridge, que se ejecuta en su propio equipo y muestra la configuración que debe usar.',
  },
  warning: {
    'dns-failed': '{{name}}: {{reason}}',
    'not-offered': '{{name}}: el dominio indica que este servicio no se ofrece (destino «.»)',
    'no-settings-file': '{{url}}: no hay archivo de configuración',
    'no-autodiscover': '{{url}}: no hay respuesta de Autodiscover',
    'lookup-failed': '{{url}}: {{reason}}',
    'entry-skipped': '{{url}}: {{reason}}',
    'plain-http': '{{url}}: la configuración llegó por HTTP sin cifrar; la contraseña solo va a estos servidores con su permiso',
    'autodiscover-redirect': '{{url}}: Autodiscover remite a otra dirección ({{address}}); no se siguió',
    'source-failed': '{{source}}: {{reason}}',
    'ispdb-not-asked': '{{domain}} está en la tabla de proveedores integrada; no se consultó la ISPDB',
    'snapshot-unusable': 'no se pudo usar la copia incluida de la ISPDB ({{error}}); se consultó la ISPDB en línea en su lugar',
  },
  known: {
    origin: { table: 'la tabla de proveedores integrada', snapshot: 'la copia incluida de la ISPDB' },
    answered:
      '{{domain}} se conoce por {{origin}} ({{name}}) y sus servidores respondieron, así que no se preguntó nada más sobre {{domain}} (no consultadas: {{sources}})',
    unanswered:
      '{{domain}} se conoce por {{origin}} ({{name}}), pero sus servidores no respondieron; se consultan las demás fuentes ({{sources}})',
    stopped: '{{domain}} se conoce por {{origin}} ({{name}}); la búsqueda se detuvo antes de consultar las demás fuentes ({{sources}})',
  },
  skipped: {
    'not-mail': 'un servidor de tipo «{{type}}» no es IMAP, POP3 ni SMTP',
    'invalid-autoconfig': 'entrada {{protocol}} con host, puerto o socketType no válidos',
    'invalid-autodiscover': 'entrada {{type}} con servidor o puerto no válidos',
  },
};
