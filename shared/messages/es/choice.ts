import type { Translation } from '../catalog-shape';
import type { choice as en } from '../en/choice';

export const choice: Translation<typeof en> = {
  security: {
    tls: 'La conexión está cifrada desde el primer byte (TLS), la opción más segura.',
    starttls: 'La conexión se cifra con STARTTLS antes de enviar su contraseña.',
    plain: 'Atención: esta conexión no está cifrada. Su contraseña y su correo se pueden leer en la red.',
  },
  protocol: {
    imap: 'IMAP guarda su correo en el servidor, así se ve igual en todos sus dispositivos.',
    pop3: 'POP3 descarga su correo en este dispositivo; los demás dispositivos no verán lo que lea u organice.',
  },
  source: {
    user: 'Usted introdujo esta configuración.',
    provider: 'Su proveedor está en nuestra lista de proveedores conocidos ({{detail}}).',
    srv: 'Su dominio publica este servidor en su DNS (un registro SRV), la forma estándar de anunciar servidores de correo.',
    autoconfig: 'Su dominio publica esta configuración en un archivo de configuración ({{detail}}).',
    ispdb: 'Esta configuración procede de la base de datos de proveedores de Thunderbird (ISPDB).',
    autodiscover: 'Su dominio anuncia esta configuración mediante Autodiscover, como la usa Outlook.',
    microsoft365: 'Microsoft reconoce este buzón como Microsoft 365 u Outlook.com ({{detail}}).',
    mx: 'Encontrado a partir del servidor que recibe el correo de su dominio ({{detail}}).',
    guess: 'Encontrado probando nombres de servidor habituales ({{detail}}).',
    'autoconfig-http': 'De un archivo de configuración obtenido sin cifrado ({{detail}}); revíselo antes de fiarse de él.',
  },
  alternatives: 'Otras configuraciones que también funcionan: {{servers}}.',
  alternative: '{{host}} puerto {{port}} ({{security}})',
};
