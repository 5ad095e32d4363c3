import type { Translation } from '../catalog-shape';
import type { exportFiles as en } from '../en/export';

export const exportFiles: Translation<typeof en> = {
  label: {
    thunderbird: 'Archivo autoconfig de Thunderbird para el servidor web (config-v1.1.xml)',
    'thunderbird-isp': 'Archivo autoconfig de Thunderbird para la carpeta isp de la instalación (<domain>.xml)',
    'thunderbird-import': 'Archivo de importación de Thunderbird (.zip)',
    'thunderbird-policies': 'Directiva empresarial de Thunderbird (policies.json)',
    apple: 'Perfil de Apple Mail (.mobileconfig)',
    outlook: 'Respuesta Autodiscover de Outlook (autodiscover.xml)',
    'outlook-prf': 'Archivo de perfil de Outlook (.prf)',
    json: 'Descripción JSON (mailsetup-account/1)',
    summary: 'Resumen imprimible (texto)',
    'summary-html': 'Resumen imprimible (página web)',
    dns: 'Registros DNS del dominio (archivo de zona)',
  },
  app: {
    apple: 'Apple Mail (Mac, iPhone, iPad)',
    'outlook-prf': 'Outlook para Windows (clásico)',
    thunderbird: 'Archivo autoconfig de Thunderbird (para su servidor web)',
    summary: 'Resumen imprimible para cualquier otra aplicación',
    outlook: 'Respuesta Autodiscover de Outlook (para su servidor web)',
    'thunderbird-isp': 'Archivo autoconfig de Thunderbird (para la carpeta isp de una instalación)',
    'thunderbird-import': 'Thunderbird',
    'thunderbird-policies': 'Directiva empresarial de Thunderbird (policies.json)',
    json: 'Descripción JSON',
    'summary-html': 'Resumen imprimible (página web)',
    dns: 'Registros DNS de su dominio',
  },
  guide: {
    thunderbird:
      'Para el servidor web del dominio: publíquelo en https://autoconfig.<domain>/mail/config-v1.1.xml (o en https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml). La configuración de cuentas de Thunderbird rellenará entonces todo solo con la dirección, igual que las aplicaciones que leen el mismo formato (K-9/Thunderbird para Android, Evolution, KMail, Delta Chat).',
    'thunderbird-isp':
      'Para administradores: cópielo sin cambios en la carpeta isp de la instalación de Thunderbird (Windows: C:\\Program Files\\Mozilla Thunderbird\\isp; Linux: junto al programa thunderbird, p. ej. /usr/lib/thunderbird/isp; macOS: Thunderbird.app/Contents/Resources/isp, que cada actualización sustituye). La configuración de cuentas de Thunderbird rellenará entonces todo para cualquier dirección del dominio, sin consultar la red.',
    'thunderbird-import':
      'En Thunderbird: menú ≡ → Herramientas → Importar → «Import from a file» → «Import Backed-up Profile» → Continuar; elija este archivo, deje marcado «Accounts and Settings» → Continuar → «Start Import». Thunderbird se reinicia con la cuenta añadida junto a las que ya había, y pide la contraseña la primera vez que se usa. Impórtelo solo una vez; no se necesitan permisos de administrador.',
    'thunderbird-policies':
      'Para administradores: guárdelo como policies.json en /etc/thunderbird/policies/ (Linux) o en la carpeta distribution de la instalación de Thunderbird (Windows: C:\\Program Files\\Mozilla Thunderbird\\distribution; macOS: Thunderbird.app/Contents/Resources/distribution), combinado a mano con un policies.json que ya exista. Cada perfil de Thunderbird de ese equipo que aún no tenga una cuenta de correo empieza con esta cuenta, y las cuentas que se añadan después se conservan. Los perfiles que ya tienen cuentas no se tocan: importe allí el .zip. Deje el archivo en su sitio: la configuración de la cuenta sale de él. Thunderbird pide la contraseña la primera vez que se usa. Un certificado .pem guardado junto a él va en una carpeta llamada certificates dentro de esa carpeta distribution.',
    apple:
      'En un Mac: haga doble clic en el archivo y abra Ajustes del Sistema → General → Gestión de dispositivos (macOS 15 y posteriores; macOS 13 y 14: Privacidad y seguridad → Perfiles), haga doble clic en el perfil, elija Instalar e introduzca la contraseña del Mac. En iPhone o iPad: abra el archivo desde AirDrop, Mail o Archivos y luego Ajustes → «Perfil descargado» (arriba del todo) → Instalar, introduzca el código, Instalar. Si el perfil incluye un certificado, actívelo también en Ajustes → General → Información → Ajustes de confianza de certificados. El dispositivo llama a un perfil «No verificado» o «Sin firmar» cuando ninguna organización lo ha firmado: compruebe que muestra su dirección y luego instálelo.',
    outlook:
      'Para el servidor web del dominio (administradores): devuélvalo como respuesta al POST de Outlook en https://autodiscover.<domain>/autodiscover/autodiscover.xml. No contiene nada personal (ni nombre de inicio de sesión ni nombre visible) y responde a todos los usuarios del dominio; Outlook clásico para Windows (2013–2021, Aplicaciones de Microsoft 365) configura entonces la cuenta solo con la dirección.',
    'outlook-prf':
      'Solo Outlook clásico para Windows (2013–2021, Aplicaciones de Microsoft 365). Cierre primero Outlook. Luego pulse Win+R, escriba outlook.exe /importprf "%USERPROFILE%\\Downloads\\<archivo>.prf" (la carpeta donde lo guardó) y pulse Intro. Outlook clásico tiene una pestaña Archivo arriba a la izquierda; el nuevo Outlook no la tiene (su configuración está tras el engranaje de arriba a la derecha) y no puede leer archivos PRF, igual que Outlook para Mac: añada allí la cuenta con los valores del resumen imprimible.',
    json: 'Para scripts y otras herramientas; el esquema es docs/account-v1.schema.json.',
    summary: 'La configuración para escribirla a mano en cualquier otra aplicación de correo.',
    'summary-html': 'Ábralo en un navegador e imprímalo; la configuración para escribirla a mano en cualquier otra aplicación de correo.',
    dns: 'Para el administrador del dominio: añada estos registros en el proveedor de DNS para que cualquier aplicación de correo encuentre los servidores por sí sola.',
  },
  open: {
    'outlook-prf': 'Cierre Outlook. Pulse Win+R, escriba  outlook.exe /importprf "{{path}}"  y pulse Intro.',
  },
  note: {
    'no-password-place': '{{label}} no tiene sitio para una contraseña; se omitió y la aplicación de correo la pedirá.',
    oauth2:
      'Esta cuenta inicia sesión con {{provider}} (OAuth2): ninguna contraseña funciona en la aplicación de correo. Cuando la aplicación lo pida, inicie sesión con {{provider}} en la ventana que abra.',
    'name-cleaned':
      'El nombre contenía saltos de línea u otros caracteres de control, que ninguna aplicación de correo puede guardar; cada uno se convirtió en un espacio.',
    unsigned:
      'El perfil no está firmado: el iPhone y el iPad lo muestran como «No verificado», y un Mac como «Sin firmar». Eso solo significa que ninguna organización lo respalda; se creó aquí, para esta cuenta. Los administradores que reparten perfiles a muchas personas pueden firmarlos con el certificado de su organización (mailsetup export … --sign-cert cert.pem --sign-key key.pem, y --sign-chain para los certificados intermedios); los dispositivos muestran entonces el nombre de la organización, y «Verificado» cuando su certificado procede de una autoridad en la que confían.',
    'apple-certificate':
      'El perfil también instala el certificado en el que usted decidió confiar. En iPhone y iPad, active la confianza total en él después de instalarlo: Ajustes → General → Información → Ajustes de confianza de certificados. En un Mac basta con instalar el perfil con su contraseña; si Mail sigue avisando, abra Acceso a Llaveros, haga doble clic en el certificado y ponga «Al utilizar este certificado» en «Confiar siempre».',
    'apple-ios-only-google':
      'Este perfil añade una cuenta de Google que inicia sesión con Google: solo el iPhone y el iPad lo instalan. En un Mac, añada la cuenta en Ajustes del Sistema → Cuentas de internet → Añadir cuenta → Google.',
    'apple-ios-only-microsoft':
      'Este perfil añade una cuenta de Microsoft Exchange que inicia sesión con Microsoft: solo el iPhone y el iPad lo instalan. En un Mac, añada la cuenta en Ajustes del Sistema → Cuentas de internet → Añadir cuenta → Microsoft Exchange.',
    'autodiscover-personal':
      'autodiscover.xml responde a todos los usuarios del dominio, así que no contiene nada personal: ni nombre de inicio de sesión ni nombre visible.',
    'autodiscover-login':
      'Los servidores esperan un nombre de inicio de sesión que no es la dirección completa. Un archivo en un servidor web no puede dar a cada persona el suyo, así que Outlook usará la dirección; cada persona tendrá que cambiar el nombre de usuario en la configuración de la cuenta (o importar el .prf en Outlook clásico).',
    'prf-implicit-tls':
      'Un archivo PRF no puede indicar STARTTLS para el servidor entrante, así que el perfil usa {{chosen}} (cifrado desde el principio, también verificado) en lugar de {{server}}.',
    'policies-certificate':
      'policies.json instala el certificado de {{host}} en el que usted decidió confiar, desde el archivo {{file}} guardado a su lado: ponga ese archivo en una carpeta llamada certificates dentro de la carpeta distribution de la instalación de Thunderbird (en Linux también sirve /usr/lib/mozilla/certificates).',
    'trusted-certificate_one':
      '{{host}} (puerto {{ports}}) usa un certificado en el que usted decidió confiar en Mail Setup. {{app}} avisa de ello la primera vez que se conecta: acéptelo de forma permanente solo si su huella digital SHA-256 es {{fingerprint}}.',
    'trusted-certificate_many':
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar en Mail Setup. {{app}} avisa de ello la primera vez que se conecta: acéptelo de forma permanente solo si su huella digital SHA-256 es {{fingerprint}}.',
    'trusted-certificate_other':
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar en Mail Setup. {{app}} avisa de ello la primera vez que se conecta: acéptelo de forma permanente solo si su huella digital SHA-256 es {{fingerprint}}.',
    'trusted-certificate-outlook_one':
      '{{host}} (puerto {{ports}}) usa un certificado en el que usted decidió confiar en Mail Setup. Outlook avisa de ello la primera vez que se conecta: elija «Ver certificado» → «Detalles» y continúe solo si la huella digital es {{sha1}} (SHA-256 {{fingerprint}}).',
    'trusted-certificate-outlook_many':
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar en Mail Setup. Outlook avisa de ello la primera vez que se conecta: elija «Ver certificado» → «Detalles» y continúe solo si la huella digital es {{sha1}} (SHA-256 {{fingerprint}}).',
    'trusted-certificate-outlook_other':
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar en Mail Setup. Outlook avisa de ello la primera vez que se conecta: elija «Ver certificado» → «Detalles» y continúe solo si la huella digital es {{sha1}} (SHA-256 {{fingerprint}}).',
    renamed: '«{{name}}» ahora escribe {{label}}: el user.js que escribía antes se volvía a aplicar en cada inicio de Thunderbird.',
    signed: 'El perfil está firmado; los dispositivos muestran el firmante en lugar de «Sin firmar».',
    secret: 'Este archivo contiene la contraseña: trátelo como la propia contraseña y bórrelo cuando la cuenta funcione.',
  },
  refused: {
    'prf-starttls':
      'un archivo PRF solo puede indicar «SSL» o «sin cifrado» para el servidor entrante, y {{server}} ofrece STARTTLS: el archivo enviaría su contraseña sin protección. En Outlook clásico, añada la cuenta a mano (Archivo → Agregar cuenta → Opciones avanzadas → «Configurar mi cuenta manualmente» → IMAP) y elija STARTTLS, con los valores del resumen imprimible.',
    'prf-sign-in':
      'un archivo PRF solo configura cuentas con contraseña, y esta cuenta inicia sesión con {{provider}}: en Outlook, añádala por su dirección (Archivo → Agregar cuenta) e inicie sesión con {{provider}} cuando se le pida.',
    'outlook-sign-in':
      'esta cuenta inicia sesión con {{provider}}; Outlook encuentra estas cuentas por sí solo a partir de la dirección, así que no hay ninguna respuesta Autodiscover que publicar.',
    'apple-sign-in':
      'un perfil de Apple solo puede iniciar sesión con Google o Microsoft, y esta cuenta inicia sesión con {{provider}}: añádala en el dispositivo en «Añadir cuenta» dentro de los ajustes de Mail (en un Mac: Ajustes del Sistema → Cuentas de internet).',
    'apple-sign-in-domain-wide':
      'una cuenta de {{provider}} en un perfil de Apple necesita la dirección de la persona: cree un perfil por persona.',
    'login-control':
      'el nombre de inicio de sesión contiene un salto de línea u otro carácter de control, que ninguna aplicación de correo puede guardar',
    'bad-host': '«{{host}}» no es un nombre de host que pueda contener un archivo de configuración',
    'bad-port': '{{port}} no es un número de puerto',
  },
  apple: {
    signInAccount: '{{provider}}: {{email}}',
    profileName: 'Correo: {{who}}',
    profileDescription: 'Configura la cuenta de correo {{email}} (creado con Mail Setup).',
    profileDescriptionDomain: 'Configura la cuenta de correo para {{label}} (creado con Mail Setup).',
    mailForDomain: 'Correo para {{label}}',
    certificate: 'Certificado de {{host}}',
  },
  prf: {
    title: 'Mail Setup: perfil de Outlook para {{email}}',
    close: 'Cierre primero Outlook: solo lee este archivo al iniciarse.',
    import:
      'Luego pulse Win+R, escriba  outlook.exe /importprf "%USERPROFILE%\\Downloads\\{{file}}"  (la carpeta donde guardó este archivo) y pulse Intro.',
    editions: 'Para Outlook clásico (2013–2021, Aplicaciones de Microsoft 365). El nuevo Outlook y Outlook para Mac no pueden usarlo.',
    password: 'Outlook pide la contraseña la primera vez que se conecta.',
    certificate_one:
      '{{host}} (puerto {{ports}}) usa un certificado en el que usted decidió confiar: Outlook avisa de ello al conectarse por primera vez; acepte solo este certificado:',
    certificate_many:
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar: Outlook avisa de ello al conectarse por primera vez; acepte solo este certificado:',
    certificate_other:
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar: Outlook avisa de ello al conectarse por primera vez; acepte solo este certificado:',
    thumbprint: 'Huella digital SHA-1 (en Outlook: «Ver certificado» → «Detalles») {{sha1}}; SHA-256 {{sha256}}',
  },
  importZip: {
    prefsComment: 'Mail Setup: la cuenta de Thunderbird {{email}}, para la importación de Thunderbird.',
    intro: 'Este archivo añade la cuenta de correo {{email}} a Thunderbird.',
    doNotUnpack: 'No lo descomprima. En Thunderbird:',
    step1: 'Menú (las tres rayas) > Herramientas > Importar.',
    step2: '«Import from a file» > «Import Backed-up Profile» > Continuar.',
    step3: 'Elija este archivo ZIP. Deje marcado «Accounts and Settings» > Continuar > «Start Import».',
    step4: 'Thunderbird se reinicia con la cuenta añadida; las cuentas que ya había se quedan como estaban.',
    password: 'Pide la contraseña la primera vez que descarga el correo.',
    signIn:
      'La primera vez que descarga el correo, abre la página de inicio de sesión de {{provider}}: inicie sesión allí (el archivo no contiene ninguna contraseña).',
    exception:
      'Thunderbird muestra entonces «Añadir excepción de seguridad»: elija «Ver», compare la huella digital SHA-256 y, solo si coincide, marque «Guardar esta excepción de manera permanente» y elija «Confirmar excepción de seguridad».',
    once: 'Impórtelo una sola vez: cada importación vuelve a añadir la cuenta.',
  },
  zone: {
    title: 'Registros DNS para {{domain}}, creados con Mail Setup. Sintaxis de archivo de zona; ajuste el TTL a su gusto.',
    srv: 'Los clientes de correo que leen registros SRV (RFC 6186, RFC 8314) encuentran estos servidores por sí solos.',
    autoconfig: 'Thunderbird busca https://autoconfig.{{domain}}/mail/config-v1.1.xml (la exportación «thunderbird»).',
    autodiscover: 'Outlook envía a https://autodiscover.{{domain}}/autodiscover/autodiscover.xml (la exportación «outlook»).',
    certificate: 'Ambos nombres necesitan un certificado HTTPS válido en {{host}}.',
    notOfferedDomain: 'No se ofrece: lo dice hoy el propio DNS del dominio.',
    notOfferedProbed: 'No se ofrece: se consultó a los servidores de correo y no tienen nada ahí.',
    notChecked: '{{name}}: Mail Setup no lo comprobó; añada aquí un registro si el dominio ofrece este servicio.',
  },
  summary: {
    heading: 'Configuración de correo para {{who}}',
    name: 'Nombre',
    address: 'Dirección de correo',
    authentication: 'Autenticación',
    authMode: { password: 'Contraseña normal', oauth2: 'OAuth2 (iniciar sesión con el proveedor)' },
    incoming: 'Correo entrante ({{protocol}})',
    outgoing: 'Correo saliente ({{protocol}})',
    server: 'Servidor',
    port: 'Puerto',
    security: 'Seguridad',
    username: 'Nombre de usuario',
    password: 'Contraseña',
    securityMode: { tls: 'SSL/TLS (cifrado desde el principio)', starttls: 'STARTTLS', plain: 'Ninguna (sin cifrar)' },
    yourAddress: 'su dirección de correo',
    yourLocalPart: 'la parte de su dirección anterior a la @',
    yourPassword: 'la contraseña de su correo',
    signIn: 'iniciar sesión con {{provider}} en su aplicación de correo',
    signInNote:
      'Sin contraseña: esta cuenta inicia sesión con {{provider}}. Su aplicación de correo abre la página de inicio de sesión de {{provider}} cuando añade la cuenta.',
    certificate_one:
      '{{host}} (puerto {{ports}}) usa un certificado en el que usted decidió confiar. Cuando su aplicación de correo avise de ello, acéptelo solo si su huella digital SHA-256 es {{fingerprint}}.',
    certificate_many:
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar. Cuando su aplicación de correo avise de ello, acéptelo solo si su huella digital SHA-256 es {{fingerprint}}.',
    certificate_other:
      '{{host}} (puertos {{ports}}) usa un certificado en el que usted decidió confiar. Cuando su aplicación de correo avise de ello, acéptelo solo si su huella digital SHA-256 es {{fingerprint}}.',
    ports: 'Puertos habituales',
    protocol: 'Protocolo',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLS o ninguno',
    submission: 'Envío SMTP (submission)',
  },
  manual: {
    manual: {
      'new-outlook': {
        1: 'En el nuevo Outlook: Configuración (el engranaje de arriba a la derecha) → Cuentas → Cuentas de correo electrónico → Agregar cuenta.',
        2: 'Escriba su dirección de correo y elija Continuar; cuando Outlook pregunte qué tipo de cuenta es, elija el indicado en «Correo entrante» más abajo (IMAP o POP).',
        3: 'Abra «Mostrar más» (la configuración avanzada), escriba los valores de abajo y elija Continuar.',
      },
      'outlook-mac': {
        1: 'En Outlook para Mac: menú Outlook → Configuración → Cuentas → + (abajo a la izquierda) → Nueva cuenta.',
        2: 'Escriba su dirección de correo y elija Continuar; cuando Outlook pregunte por el proveedor, elija IMAP/POP.',
        3: 'Escriba los valores de abajo y elija Agregar cuenta.',
      },
      other: {
        1: 'En su aplicación de correo, añada una cuenta a mano (IMAP o POP, a menudo en «configuración avanzada») y escriba los valores de abajo.',
      },
    },
    signIn: {
      'new-outlook': {
        1: 'En el nuevo Outlook: Configuración (el engranaje de arriba a la derecha) → Cuentas → Cuentas de correo electrónico → Agregar cuenta.',
        2: 'Escriba su dirección de correo y elija Continuar.',
        3: 'Inicie sesión con {{provider}} en la ventana que se abre; no hay que escribir ninguna configuración de servidor.',
      },
      'outlook-mac': {
        1: 'En Outlook para Mac: menú Outlook → Configuración → Cuentas → + (abajo a la izquierda) → Nueva cuenta.',
        2: 'Escriba su dirección de correo y elija Continuar.',
        3: 'Inicie sesión con {{provider}} en la ventana que se abre; no hay que escribir ninguna configuración de servidor.',
      },
      other: {
        1: 'En su aplicación de correo, añada la cuenta como cuenta de {{provider}} (o por su dirección) e inicie sesión con {{provider}} cuando se le pida; si la aplicación pregunta por los servidores, escriba los valores de abajo.',
      },
    },
  },
  batch: {
    'not-csv': 'el archivo no se puede leer como CSV: {{error}}',
    'too-many-rows': 'más de {{max}} filas; divida el archivo',
    'bad-address': '«{{value}}»: {{problem}}',
    'listed-twice': '{{email}} aparece dos veces; se usa la primera fila',
    'no-settings': '{{email}}: no hay configuración para {{domain}} ({{reason}})',
    failed: '{{email}}: {{reason}}',
    'format-refused': '{{email}}: sin {{format}}: {{reason}}',
  },
};
