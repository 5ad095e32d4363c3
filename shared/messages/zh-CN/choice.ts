import type { Translation } from '../catalog-shape';
import type { choice as en } from '../en/choice';

export const choice: Translation<typeof en> = {
  security: {
    tls: '连接从第一个字节起就已加密（TLS），这是最安全的方式。',
    starttls: '在发送密码之前，连接会先通过 STARTTLS 加密。',
    plain: '警告：此连接未加密，网络上的其他人可以看到您的密码和邮件。',
  },
  protocol: {
    imap: 'IMAP 将邮件保存在服务器上，所有设备上看到的内容都一致。',
    pop3: 'POP3 把邮件下载到这台设备，其他设备看不到您已读或整理过的邮件。',
  },
  source: {
    user: '这些设置是您输入的。',
    provider: '您的服务商在我们的已知服务商列表中（{{detail}}）。',
    srv: '您的域名在 DNS 中（通过 SRV 记录）公布了这台服务器，这是公布邮件服务器的标准方式。',
    autoconfig: '您的域名在配置文件中公布了这些设置（{{detail}}）。',
    ispdb: '这些设置来自 Thunderbird 服务商数据库（ISPDB）。',
    autodiscover: '您的域名通过 Outlook 使用的自动发现功能公布了这些设置。',
    microsoft365: 'Microsoft 确认这是 Microsoft 365 或 Outlook.com 邮箱（{{detail}}）。',
    mx: '根据接收您域名邮件的服务器找到（{{detail}}）。',
    guess: '通过尝试常见的服务器名称找到（{{detail}}）。',
    'autoconfig-http': '来自未加密获取的配置文件（{{detail}}）；使用前请先核实。',
  },
  alternatives: '同样可用的其他设置：{{servers}}。',
  alternative: '{{host}} 端口 {{port}}（{{security}}）',
};
