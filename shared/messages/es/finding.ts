import type { Translation } from '../catalog-shape';
import type { finding as en } from '../en/finding';

export const finding: Translation<typeof en> = {
  works: 'Su configuración de correo funciona.',
  'port-blocked': 'El puerto {{port}} está bloqueado en esta red; use {{alternative}} con STARTTLS ({{host}}).',
  'password-wrong':
    'Su contraseña es incorrecta (o el nombre de usuario): hubo respuesta de {{hosts}}, pero se rechazó el inicio de sesión como {{usernames}}.',
  'provider-password': 'El servidor rechazó el inicio de sesión: {{provider}} {{note}}.',
  'provider-note': 'Nota: {{provider}} {{note}}.',
  'cert-expired':
    'El certificado de {{host}} caducó el {{date}}. El proveedor de correo debe renovarlo; hasta entonces la conexión no es segura.',
  'cert-not-yet-valid': 'El certificado de {{host}} solo es válido a partir del {{date}}: compruebe la fecha y la hora de este equipo.',
  'cert-self-signed':
    '{{host}} usa un certificado autofirmado, que ninguna autoridad respalda (SHA-256 {{fingerprint}}). Confíe en él solo si el administrador del servidor confirma esta huella digital.',
  'cert-wrong-host':
    'El certificado de {{host}} se emitió para {{names}}, no para {{host}}: puede que el nombre del servidor sea incorrecto o que alguien se haya interpuesto.',
  'cert-other': 'La conexión segura con {{host}}:{{port}} falló: {{problem}}.',
  'plaintext-only':
    '{{host}} solo ofrece conexiones sin cifrar, así que su contraseña se podría leer en la red. Pida cifrado al proveedor, o permítalo solo en una red de confianza.',
  'untrusted-source':
    '{{host}} se encontró mediante una consulta que no es de fiar ({{source}}); confirme este servidor antes de enviarle su contraseña.',
  'no-auth-method': '{{host}}:{{port}} no ofrece ningún método de inicio de sesión que esta aplicación pueda usar de forma segura.',
  'not-found': 'No se encontró ningún servidor de correo para {{domain}}. Revise cómo está escrita la parte que va después de la @.',
  offline:
    'Parece que no tiene conexión: ningún servidor DNS respondió y no se pudo llegar a nada, ni siquiera a un proveedor que Mail Setup conoce. Conéctese a internet (la red de un hotel o una cafetería puede pedirle antes que inicie sesión en su página web) y vuelva a intentarlo.',
  'no-such-domain':
    'El dominio {{domain}} no existe. Revise la parte que va después de la @: basta con una letra que falte o esté cambiada de sitio.',
  'no-mail-servers':
    '{{domain}} existe, pero no indica ningún servidor de correo, así que no puede recibir correo. Revise la dirección; si es correcta, escriba los nombres de servidor que le dio su proveedor.',
  unreachable:
    'No se puede llegar desde aquí a ningún servidor de correo de {{domain}}: puede que un cortafuegos bloquee los puertos de correo o que los servidores estén caídos.',
  'no-working-server': 'No se encontró ningún servidor de correo que funcione para {{domain}}.',
  'give-password': 'Se encontraron los servidores; escriba su contraseña para probar el inicio de sesión.',
  'server-problem': '{{host}}:{{port}}: {{outcome}}',
  'no-incoming': 'No se encontró ningún servidor de correo entrante (IMAP o POP3).',
  'no-outgoing': 'No se encontró ningún servidor de correo saliente (SMTP).',
  'cert-no-names':
    'El certificado de {{host}} nombra su servidor solo en el antiguo campo Common Name ({{subject}}), sin la lista subjectAltName que exigen las aplicaciones de correo, así que no se puede confiar en él. El proveedor debe emitir un certificado nuevo.',
  'ipv6-broken':
    'IPv6 no funciona en esta red; IPv4 sí. Las aplicaciones de correo pueden tardar más en conectarse, o fallar, hasta que se repare la red (o su IPv6).',
  'test-message-delivered': 'Un mensaje de prueba que se envió a sí mismo llegó a su bandeja de entrada {{seconds}} s después de enviarlo.',
  'test-message-failed': 'Un mensaje de prueba que se envió a sí mismo no llegó: {{why}}',
  'test-message-junk':
    'Un mensaje de prueba que se envió a sí mismo llegó, pero a la carpeta {{folder}}: su filtro de correo no deseado lo atrapó.',
  'test-message-lost': 'El servidor aceptó un mensaje de prueba que se envió a sí mismo, pero no llegó en {{seconds}} s.',
  'verified-by-sign-in': 'Verificado iniciando sesión con {{provider}}: los servidores de correo aceptan el inicio de sesión.',
  'sign-in-failed': 'Iniciar sesión con {{provider}} no verificó la cuenta: {{why}}',
  'logins-refused_one':
    'Se rechazó {{count}} inicio de sesión. Cada nombre de inicio de sesión se prueba como máximo una vez para el correo entrante y una para el saliente, así que esta comprobación no puede bloquear su cuenta.',
  'logins-refused_many':
    'Se rechazaron {{count}} de inicios de sesión. Cada nombre de inicio de sesión se prueba como máximo una vez para el correo entrante y una para el saliente, así que esta comprobación no puede bloquear su cuenta.',
  'logins-refused_other':
    'Se rechazaron {{count}} inicios de sesión. Cada nombre de inicio de sesión se prueba como máximo una vez para el correo entrante y una para el saliente, así que esta comprobación no puede bloquear su cuenta.',
  unproven: 'No se pudo comprobar la configuración.',
  risk: {
    plaintext: '{{direction}} ({{host}}): su contraseña y su correo viajan sin cifrar; cualquiera en la red puede leerlos.',
    'trusted-certificate':
      '{{direction}} ({{host}}): usted mismo confió en el certificado de este servidor; ninguna autoridad lo respalda. Pida al proveedor que lo corrija.',
    'untrusted-source': '{{direction}} ({{host}}): usted mismo confirmó este servidor; procede de una consulta que no es de fiar.',
    unverified: '{{direction}} ({{host}}): no se ha comprobado que funcione; el inicio de sesión no se probó con éxito.',
    'expired-certificate':
      '{{direction}} ({{host}}): el certificado ha caducado, así que la conexión no es segura hasta que el proveedor lo renueve.',
  },
  direction: { incoming: 'Correo entrante', outgoing: 'Correo saliente' },
  action: {
    trustCert: 'Confiar en este certificado',
    trustCertCheck: 'He comparado la huella digital con la que me dio el administrador del servidor',
    allowPlaintext: 'Enviar mi contraseña sin cifrar a {{host}}',
    allowPlaintextCheck: 'Entiendo que otras personas de esta red podrían leer mi contraseña',
    consent: 'Usar {{host}} y enviarle mi contraseña',
    help: 'Abrir la ayuda de {{provider}}',
    working: 'Probando de nuevo…',
  },
};
