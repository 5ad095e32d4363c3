import type { Translation } from '../catalog-shape';
import type { exportFiles as en } from '../en/export';

export const exportFiles: Translation<typeof en> = {
  label: {
    thunderbird: '用于网站服务器的 Thunderbird 自动配置文件（config-v1.1.xml）',
    'thunderbird-isp': '用于 Thunderbird 安装目录 isp 文件夹的自动配置文件（<域名>.xml）',
    'thunderbird-import': 'Thunderbird 导入文件（.zip）',
    'thunderbird-policies': 'Thunderbird 企业策略（policies.json）',
    apple: 'Apple 邮件描述文件（.mobileconfig）',
    outlook: 'Outlook 自动发现应答（autodiscover.xml）',
    'outlook-prf': 'Outlook 配置文件（.prf）',
    json: 'JSON 描述（mailsetup-account/1）',
    summary: '可打印的摘要（文本）',
    'summary-html': '可打印的摘要（网页）',
    dns: '域名的 DNS 记录（区域文件）',
  },
  app: {
    apple: 'Apple 邮件（Mac、iPhone、iPad）',
    'outlook-prf': 'Windows 版 Outlook（经典版）',
    thunderbird: 'Thunderbird 自动配置文件（用于您的网站服务器）',
    summary: '可打印的摘要（适用于其他任何应用）',
    outlook: 'Outlook 自动发现应答（用于您的网站服务器）',
    'thunderbird-isp': 'Thunderbird 自动配置文件（用于安装目录的 isp 文件夹）',
    'thunderbird-import': 'Thunderbird',
    'thunderbird-policies': 'Thunderbird 企业策略（policies.json）',
    json: 'JSON 描述',
    'summary-html': '可打印的摘要（网页）',
    dns: '您的域名的 DNS 记录',
  },
  guide: {
    thunderbird:
      '供域名的网站服务器使用：把它发布在 https://autoconfig.<域名>/mail/config-v1.1.xml（或 https://<域名>/.well-known/autoconfig/mail/config-v1.1.xml）。之后 Thunderbird 的账户设置只凭邮箱地址就能填好所有内容，读取同一格式的应用（Android 版 K-9/Thunderbird、Evolution、KMail、Delta Chat）也是如此。',
    'thunderbird-isp':
      '供管理员使用：把它原样复制到 Thunderbird 安装目录的 isp 文件夹中（Windows：C:\\Program Files\\Mozilla Thunderbird\\isp；Linux：thunderbird 程序旁边，例如 /usr/lib/thunderbird/isp；macOS：Thunderbird.app/Contents/Resources/isp，每次更新都会替换它）。之后 Thunderbird 的账户设置会为该域名的每个地址填好所有内容，无需任何网络查询。',
    'thunderbird-import':
      '在 Thunderbird 中：菜单 ≡ → 工具 → 导入 → 从文件导入 → 导入备份的配置文件 → 继续；选择此文件，保持勾选“账户和设置” → 继续 → 开始导入。Thunderbird 会重新启动，新账户会添加在已有账户旁边，首次使用时会询问密码。只需导入一次；不需要管理员权限。',
    'thunderbird-policies':
      '供管理员使用：把它保存为 policies.json，放在 /etc/thunderbird/policies/（Linux）或 Thunderbird 安装目录的 distribution 文件夹中（Windows：C:\\Program Files\\Mozilla Thunderbird\\distribution；macOS：Thunderbird.app/Contents/Resources/distribution）；如果那里已有 policies.json，请手动合并。这台电脑上所有还没有邮件账户的 Thunderbird 配置文件都会带着这个账户启动，之后添加的账户也会保留。已有账户的配置文件不受影响：请在那里导入 .zip 文件。请把文件留在原处：账户设置来自它。Thunderbird 会在首次使用时询问密码。随它一起保存的 .pem 证书文件请放进该 distribution 文件夹中名为 certificates 的文件夹。',
    apple:
      'Mac：双击文件，然后打开“系统设置 → 通用 → 设备管理”（macOS 15 及更高版本；macOS 13 和 14：“隐私与安全性 → 描述文件”），双击该描述文件，选择“安装”并输入 Mac 的密码。iPhone 或 iPad：从隔空投送、“邮件”或“文件”中打开文件，然后前往“设置 → 已下载描述文件”（在最上方）→“安装”，输入设备密码，再点“安装”。如果描述文件带有证书，还要在“设置 → 通用 → 关于本机 → 证书信任设置”中将其打开。没有经过任何机构签名的描述文件会显示为“未验证”或“未签名”：请确认其中显示的是您的邮箱地址，然后安装。',
    outlook:
      '供域名的网站服务器使用（管理员）：在 https://autodiscover.<域名>/autodiscover/autodiscover.xml 上把它作为对 Outlook POST 请求的应答返回。它不含任何个人信息（没有登录名，也没有显示名称），可以应答该域名的每个用户；这样，Windows 经典版 Outlook（2013–2021、Microsoft 365 应用）只凭邮箱地址就能设置账户。',
    'outlook-prf':
      '仅适用于 Windows 经典版 Outlook（2013–2021、Microsoft 365 应用）。请先关闭 Outlook，然后按 Win+R，输入 outlook.exe /importprf "%USERPROFILE%\\Downloads\\<文件>.prf"（即您保存文件的文件夹）并按 Enter。经典版 Outlook 左上角有“文件”选项卡；新版 Outlook 没有（它的设置在右上角的齿轮图标里），也无法读取 PRF 文件，Mac 版 Outlook 同样不能：请在其中按照可打印摘要中的值添加账户。',
    json: '供脚本和其他工具使用；其结构定义见 docs/account-v1.schema.json。',
    summary: '在其他任何邮件应用中手动输入的设置。',
    'summary-html': '在浏览器中打开并打印；在其他任何邮件应用中手动输入的设置。',
    dns: '供域名管理员使用：在 DNS 服务商处添加这些记录，所有邮件应用就能自动找到服务器。',
  },
  open: {
    'outlook-prf': '关闭 Outlook。按 Win+R，输入  outlook.exe /importprf "{{path}}"  并按 Enter。',
  },
  note: {
    'no-password-place': '{{label}} 没有存放密码的位置；已省去密码，邮件应用会向您询问。',
    oauth2:
      '此账户通过 {{provider}} 登录（OAuth2）：在邮件应用中使用任何密码都无法登录。邮件应用询问时，请在它打开的窗口中登录 {{provider}}。',
    'name-cleaned': '名称中含有换行符或其他控制字符，任何邮件应用都无法保存；它们已被替换为空格。',
    unsigned:
      '此描述文件未签名：iPhone 和 iPad 会显示“未验证”，Mac 会显示“未签名”。这只表示没有机构为它担保；它是在这里为这个账户生成的。需要向许多人分发描述文件的管理员可以用所在机构的证书签名（mailsetup export … --sign-cert cert.pem --sign-key key.pem，中间证书用 --sign-chain）；设备随后会显示机构的名称，如果证书来自设备信任的颁发机构，还会显示“已验证”。',
    'apple-certificate':
      '此描述文件还会安装您选择信任的证书。在 iPhone 和 iPad 上，安装后请为它打开完全信任：“设置 → 通用 → 关于本机 → 证书信任设置”。在 Mac 上，输入密码安装描述文件即可；如果“邮件”仍然发出警告，请打开“钥匙串访问”，双击该证书，把“使用此证书时”设为“始终信任”。',
    'apple-ios-only-google':
      '此描述文件添加的是通过 Google 登录的 Google 账户：只有 iPhone 和 iPad 能安装。在 Mac 上，请在“系统设置 → 互联网账户 → 添加账户 → Google”中添加该账户。',
    'apple-ios-only-microsoft':
      '此描述文件添加的是通过 Microsoft 登录的 Microsoft Exchange 账户：只有 iPhone 和 iPad 能安装。在 Mac 上，请在“系统设置 → 互联网账户 → 添加账户 → Microsoft Exchange”中添加该账户。',
    'autodiscover-personal': 'autodiscover.xml 会应答该域名的每个用户，因此不含任何个人信息：没有登录名，也没有显示名称。',
    'autodiscover-login':
      '服务器要求的登录名不是完整的邮箱地址。网站服务器上的文件无法为每个人提供各自的登录名，因此 Outlook 会使用邮箱地址；用户需要在账户设置中修改用户名（或在经典版 Outlook 中导入 .prf 文件）。',
    'prf-implicit-tls':
      'PRF 文件无法为收信服务器指定 STARTTLS，因此该配置文件使用 {{chosen}}（从一开始就加密，同样已验证），而不是 {{server}}。',
    'policies-certificate':
      'policies.json 会从与它一起保存的文件 {{file}} 安装您选择信任的 {{host}} 的证书：请把该文件放进 Thunderbird 安装目录的 distribution 文件夹中名为 certificates 的文件夹（在 Linux 上，也可以放在 /usr/lib/mozilla/certificates）。',
    'trusted-certificate_other':
      '{{host}}（端口 {{ports}}）使用的是您在邮箱设置助手中选择信任的证书。{{app}} 第一次连接时会发出警告：只有当证书的 SHA-256 指纹为 {{fingerprint}} 时，才永久接受它。',
    'trusted-certificate-outlook_other':
      '{{host}}（端口 {{ports}}）使用的是您在邮箱设置助手中选择信任的证书。Outlook 第一次连接时会发出警告：请选择“查看证书 → 详细信息”，只有当指纹为 {{sha1}}（SHA-256 为 {{fingerprint}}）时才继续。',
    renamed: '“{{name}}”现在生成 {{label}}：它以前生成的 user.js 会在 Thunderbird 每次启动时被重新应用。',
    signed: '描述文件已签名；设备上会显示签名者，而不是“未签名”。',
    secret: '此文件包含密码：请像保管密码一样保管它，账户可以使用后请将其删除。',
  },
  refused: {
    'prf-starttls':
      'PRF 文件只能为收信服务器指定“SSL”或“不加密”，而 {{server}} 提供的是 STARTTLS：这样的文件会让您的密码在不受保护的情况下发送。请改为在经典版 Outlook 中手动添加账户（“文件 → 添加帐户 → 高级选项 → 让我手动设置我的帐户 → IMAP”），选择 STARTTLS，并填写可打印摘要中的值。',
    'prf-sign-in':
      'PRF 文件只能设置使用密码的账户，而此账户通过 {{provider}} 登录：请在 Outlook 中按邮箱地址添加它（“文件 → 添加帐户”），并在询问时登录 {{provider}}。',
    'outlook-sign-in': '此账户通过 {{provider}} 登录；Outlook 会根据邮箱地址自行找到这类账户，因此没有需要发布的自动发现应答。',
    'apple-sign-in':
      'Apple 描述文件只能通过 Google 或 Microsoft 登录，而此账户通过 {{provider}} 登录：请在设备上“邮件”设置的“添加账户”中添加它（在 Mac 上：“系统设置 → 互联网账户”）。',
    'apple-sign-in-domain-wide': 'Apple 描述文件中的 {{provider}} 账户需要此人的邮箱地址：请为每个人分别生成描述文件。',
    'login-control': '登录名中含有换行符或其他控制字符，任何邮件应用都无法保存',
    'bad-host': '“{{host}}”不是设置文件中可以使用的主机名',
    'bad-port': '{{port}} 不是端口号',
  },
  apple: {
    signInAccount: '{{provider}}：{{email}}',
    profileName: '邮件：{{who}}',
    profileDescription: '设置邮件账户 {{email}}（由邮箱设置助手生成）。',
    profileDescriptionDomain: '为 {{label}} 设置邮件账户（由邮箱设置助手生成）。',
    mailForDomain: '{{label}} 的邮件',
    certificate: '{{host}} 的证书',
  },
  prf: {
    title: '邮箱设置助手：{{email}} 的 Outlook 配置文件',
    close: '请先关闭 Outlook：它只在启动时读取此文件。',
    import: '然后按 Win+R，输入  outlook.exe /importprf "%USERPROFILE%\\Downloads\\{{file}}"  （即您保存此文件的文件夹）并按 Enter。',
    editions: '适用于经典版 Outlook（2013–2021、Microsoft 365 应用）。新版 Outlook 和 Mac 版 Outlook 无法使用。',
    password: 'Outlook 首次连接时会询问密码。',
    certificate_other: '{{host}}（端口 {{ports}}）使用的是您选择信任的证书：Outlook 首次连接时会发出警告；只接受这个证书：',
    thumbprint: 'SHA-1 指纹（在 Outlook 中：“查看证书 → 详细信息”）{{sha1}}；SHA-256 {{sha256}}',
  },
  importZip: {
    prefsComment: '邮箱设置助手：Thunderbird 账户 {{email}}，供 Thunderbird 导入使用。',
    intro: '此文件会把邮件账户 {{email}} 添加到 Thunderbird。',
    doNotUnpack: '请不要解压。在 Thunderbird 中：',
    step1: '菜单（三条横线）> 工具 > 导入。',
    step2: '从文件导入 > 导入备份的配置文件 > 继续。',
    step3: '选择这个 ZIP 文件。保持勾选“账户和设置” > 继续 > 开始导入。',
    step4: 'Thunderbird 会重新启动并添加该账户；已有的账户保持不变。',
    password: '第一次收取邮件时，它会询问密码。',
    signIn: '第一次收取邮件时，它会打开 {{provider}} 的登录页面：请在那里登录（此文件不含密码）。',
    exception:
      '随后 Thunderbird 会显示“添加安全例外”：选择“查看”，核对 SHA-256 指纹，只有一致时才勾选“永久保存此例外”，并选择“确认安全例外”。',
    once: '只需导入一次：每次导入都会再添加一次该账户。',
  },
  zone: {
    title: '{{domain}} 的 DNS 记录，由邮箱设置助手生成。采用区域文件语法；TTL 可按需调整。',
    srv: '能读取 SRV 记录（RFC 6186、RFC 8314）的邮件客户端会自动找到这些服务器。',
    autoconfig: 'Thunderbird 会查找 https://autoconfig.{{domain}}/mail/config-v1.1.xml（即“thunderbird”导出）。',
    autodiscover: 'Outlook 会向 https://autodiscover.{{domain}}/autodiscover/autodiscover.xml 发送请求（即“outlook”导出）。',
    certificate: '这两个名称都需要 {{host}} 上有效的 HTTPS 证书。',
    notOfferedDomain: '不提供：域名自己的 DNS 目前就是这样声明的。',
    notOfferedProbed: '不提供：已询问过邮件服务器，那里没有这项服务。',
    notChecked: '{{name}}：邮箱设置助手没有检查；如果该域名提供这项服务，请在这里添加记录。',
  },
  summary: {
    heading: '{{who}} 的邮箱设置',
    name: '姓名',
    address: '邮箱地址',
    authentication: '身份验证',
    authMode: { password: '普通密码', oauth2: 'OAuth2（通过服务商登录）' },
    incoming: '收信（{{protocol}}）',
    outgoing: '发信（{{protocol}}）',
    server: '服务器',
    port: '端口',
    security: '安全性',
    username: '用户名',
    password: '密码',
    securityMode: { tls: 'SSL/TLS（从一开始就加密）', starttls: 'STARTTLS', plain: '无（未加密）' },
    yourAddress: '您的邮箱地址',
    yourLocalPart: '邮箱地址中 @ 前面的部分',
    yourPassword: '您的邮箱密码',
    signIn: '在邮件应用中通过 {{provider}} 登录',
    signInNote: '无需密码：此账户通过 {{provider}} 登录。添加账户时，邮件应用会打开 {{provider}} 的登录页面。',
    certificate_other:
      '{{host}}（端口 {{ports}}）使用的是您选择信任的证书。邮件应用对它发出警告时，只有当它的 SHA-256 指纹为 {{fingerprint}} 时才接受。',
    ports: '常用端口',
    protocol: '协议',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLS 或不加密',
    submission: 'SMTP 提交',
  },
  manual: {
    manual: {
      'new-outlook': {
        1: '在新版 Outlook 中：“设置”（右上角的齿轮图标）→“帐户”→“电子邮件帐户”→“添加帐户”。',
        2: '输入您的邮箱地址并选择“继续”；Outlook 询问帐户类型时，选择下方“收信”中写明的类型（IMAP 或 POP）。',
        3: '打开“显示更多”（高级设置），输入下面的值，然后选择“继续”。',
      },
      'outlook-mac': {
        1: '在 Mac 版 Outlook 中：Outlook 菜单 →“设置”→“帐户”→ 左下角的 + →“新建帐户”。',
        2: '输入您的邮箱地址并选择“继续”；Outlook 询问服务商时，选择 IMAP/POP。',
        3: '输入下面的值，然后选择“添加帐户”。',
      },
      other: {
        1: '在您的邮件应用中手动添加账户（IMAP 或 POP，通常在“高级设置”中），并输入下面的值。',
      },
    },
    signIn: {
      'new-outlook': {
        1: '在新版 Outlook 中：“设置”（右上角的齿轮图标）→“帐户”→“电子邮件帐户”→“添加帐户”。',
        2: '输入您的邮箱地址并选择“继续”。',
        3: '在打开的窗口中登录 {{provider}}；不需要输入任何服务器设置。',
      },
      'outlook-mac': {
        1: '在 Mac 版 Outlook 中：Outlook 菜单 →“设置”→“帐户”→ 左下角的 + →“新建帐户”。',
        2: '输入您的邮箱地址并选择“继续”。',
        3: '在打开的窗口中登录 {{provider}}；不需要输入任何服务器设置。',
      },
      other: {
        1: '在您的邮件应用中通过 {{provider}}（或按邮箱地址）添加账户，并在询问时登录 {{provider}}；如果应用要求填写服务器，请输入下面的值。',
      },
    },
  },
  batch: {
    'not-csv': '无法按 CSV 读取此文件：{{error}}',
    'too-many-rows': '超过 {{max}} 行；请拆分文件',
    'bad-address': '“{{value}}”：{{problem}}',
    'listed-twice': '{{email}} 出现了两次；使用第一行',
    'no-settings': '{{email}}：没有 {{domain}} 的设置（{{reason}}）',
    failed: '{{email}}：{{reason}}',
    'format-refused': '{{email}}：没有生成 {{format}}：{{reason}}',
  },
};
