import type { Translation } from '../catalog-shape';
import type { signin as en } from '../en/signin';

export const signin: Translation<typeof en> = {
  page: {
    done: { title: 'Sesión iniciada', text: 'Puede cerrar esta ventana y volver a Mail Setup.' },
    refused: {
      title: 'Inicio de sesión no completado',
      text: 'El inicio de sesión no terminó. Puede cerrar esta ventana; Mail Setup le indica qué hacer a continuación.',
    },
    mismatch: {
      title: 'Esta respuesta no es para Mail Setup',
      text: 'Esta respuesta de inicio de sesión no pertenece al inicio de sesión que comenzó Mail Setup, así que se ignoró. Cierre esta ventana y empiece de nuevo desde Mail Setup.',
    },
  },
  failure: {
    'consent-refused': 'No permitió el acceso en el navegador, así que no se comprobó nada. Vuelva a iniciar sesión si lo desea.',
    'provider-error':
      'El proveedor no pudo completar el inicio de sesión. Vuelva a intentarlo más tarde; los detalles de abajo indican lo que respondió.',
    'timed-out': 'El navegador no volvió a tiempo. Vuelva a iniciar sesión y termine el proceso en la ventana del navegador.',
    cancelled: 'Se detuvo el inicio de sesión.',
    'state-mismatch': 'La respuesta recibida no pertenecía a este inicio de sesión, así que se ignoró por su seguridad. Empiece de nuevo.',
    'issuer-mismatch':
      'La respuesta procedía de un servicio de inicio de sesión distinto del consultado, así que se ignoró por su seguridad.',
    'browser-failed': 'No se pudo abrir el navegador web. Copie usted mismo la dirección de inicio de sesión en un navegador.',
    'token-refused':
      'El proveedor no concedió acceso para aplicaciones de correo. Vuelva a intentarlo; si sigue fallando, puede que su organización bloquee las aplicaciones de correo.',
    network: 'No se pudo llegar al servicio de inicio de sesión. Compruebe la conexión y vuelva a intentarlo.',
  },
  noSignIn: {
    'no-client-id':
      'Esta copia de Mail Setup no está registrada ante este proveedor para iniciar sesión, así que no puede comprobar la cuenta iniciando sesión. Su aplicación de correo le pedirá que inicie sesión con el proveedor cuando añada la cuenta; la configuración de abajo sigue siendo correcta.',
    'no-oauth':
      'Este proveedor no ofrece inicio de sesión para aplicaciones de correo; use su contraseña (o una contraseña de aplicación).',
    'discovery-failed':
      'No se encontró el servicio de inicio de sesión del proveedor. Su aplicación de correo le pedirá que inicie sesión cuando añada la cuenta.',
    'registration-refused':
      'El servicio de inicio de sesión del proveedor no aceptó a Mail Setup. Su aplicación de correo le pedirá que inicie sesión cuando añada la cuenta.',
    'untrusted-source':
      'La dirección de inicio de sesión procede de una consulta no protegida, así que Mail Setup no le envía allí. Su aplicación de correo le pedirá que inicie sesión.',
  },
  evidence: {
    'provider-table': 'Configuración de inicio de sesión para {{detail}} de la tabla de proveedores integrada',
    'client-configuration': 'ID de cliente de la configuración ({{detail}})',
    autoconfig: 'Configuración de inicio de sesión en el archivo autoconfig del dominio ({{detail}})',
    'protected-resource-metadata': 'Los metadatos de recurso protegido del servidor de correo ({{detail}})',
    'authorization-server-metadata': 'Los metadatos del servicio de inicio de sesión ({{detail}})',
    'dynamic-registration': 'Mail Setup se registró en el servicio de inicio de sesión ({{detail}})',
    'login-failure-hint': 'El servicio de inicio de sesión que indicó el servidor de correo al rechazar un token ({{detail}})',
  },
  microsoft365: {
    headline: {
      'exchange-online':
        'Es un buzón de Microsoft 365 (Exchange Online). Funciona mejor añadido como cuenta de Microsoft 365 / Exchange, iniciando sesión con Microsoft.',
      'exchange-on-premises':
        'Este buzón está en el servidor Exchange propio de su organización. Añádalo como cuenta de Exchange; IMAP solo funciona si su organización lo activó.',
      unknown:
        'Esta dirección parece un buzón de Microsoft (Microsoft 365 u Outlook.com). Añádalo como cuenta de Microsoft, iniciando sesión con Microsoft.',
      consumer:
        'Es un buzón de Outlook.com. Añádalo como cuenta de Outlook.com en su aplicación de correo; inicia sesión con Microsoft, no con una contraseña.',
    },
    app: {
      exchange: 'Outlook: añada la cuenta por su dirección; Outlook reconoce Microsoft 365 y le pide que inicie sesión con Microsoft.',
      'exchange-activesync':
        'Apple Mail (Mac, iPhone, iPad): elija «Microsoft Exchange» al añadir la cuenta y luego inicie sesión con Microsoft.',
      'imap-oauth':
        'Thunderbird y otras aplicaciones de correo: use IMAP y SMTP y elija «OAuth2» / «Iniciar sesión con Microsoft» como autenticación; una contraseña normal se rechaza.',
      'imap-if-enabled':
        'Thunderbird y otras aplicaciones de correo: IMAP y SMTP solo funcionan si su organización los activó; consulte a su departamento de informática.',
    },
    evidence: {
      'provider-table': '{{detail}} es un dominio de Outlook.com',
      mx: 'MX {{detail}}',
      'autodiscover-v2': 'Autodiscover v2 indica ActiveSync en {{detail}}',
      'autodiscover-pox': 'Autodiscover pide el inicio de sesión de Microsoft ({{detail}})',
    },
  },
};
