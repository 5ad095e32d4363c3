import type { Translation } from '../catalog-shape';
import type { finding as en } from '../en/finding';

export const finding: Translation<typeof en> = {
  works: '您的邮箱设置可以使用。',
  'port-blocked': '当前网络屏蔽了端口 {{port}}；请改用端口 {{alternative}} 并启用 STARTTLS（{{host}}）。',
  'password-wrong': '您的密码（或用户名）有误：{{hosts}} 有响应，但以 {{usernames}} 登录均被拒绝。',
  'provider-password': '服务器拒绝了登录：{{provider}} {{note}}。',
  'provider-note': '提示：{{provider}} {{note}}。',
  'cert-expired': '{{host}} 的证书已于 {{date}} 过期。邮件服务商必须更新证书；在此之前连接并不安全。',
  'cert-not-yet-valid': '{{host}} 的证书要到 {{date}} 才生效：请检查这台电脑的日期和时间。',
  'cert-self-signed':
    '{{host}} 使用的是自签名证书，没有任何机构为其担保（SHA-256 {{fingerprint}}）。只有在服务器管理员确认这个指纹后才可信任。',
  'cert-wrong-host': '{{host}} 的证书是为 {{names}} 签发的，而不是 {{host}}：服务器名称可能有误，或者有人在中间窃听。',
  'cert-other': '与 {{host}}:{{port}} 的安全连接失败：{{problem}}。',
  'plaintext-only': '{{host}} 只提供未加密的连接，您的密码会在网络上以明文传输。请让服务商提供加密，或者只在您信任的网络中允许。',
  'untrusted-source': '{{host}} 是通过不可信的查询找到的（{{source}}）；向它发送密码之前，请先确认这台服务器。',
  'no-auth-method': '{{host}}:{{port}} 没有提供本应用可以安全使用的登录方式。',
  'not-found': '未找到 {{domain}} 的邮件服务器。请检查 @ 后面部分的拼写。',
  offline:
    '您似乎没有连接到互联网：没有任何 DNS 服务器应答，也无法连接到任何服务器，连邮箱设置助手已知的服务商也不行。请先连接互联网（酒店或咖啡馆的网络可能需要先在网页上登录），然后重试。',
  'no-such-domain': '域名 {{domain}} 不存在。请检查 @ 后面的部分：少一个字母或字母顺序颠倒都会导致这种情况。',
  'no-mail-servers':
    '{{domain}} 存在，但没有指定任何邮件服务器，因此无法接收邮件。请检查地址；如果地址正确，请输入服务商提供给您的服务器名称。',
  unreachable: '从这里无法访问 {{domain}} 的任何邮件服务器：可能是防火墙屏蔽了邮件端口，或者服务器已停机。',
  'no-working-server': '未找到 {{domain}} 可用的邮件服务器。',
  'give-password': '已找到服务器；请输入密码以测试登录。',
  'server-problem': '{{host}}:{{port}}：{{outcome}}',
  'no-incoming': '未找到收信服务器（IMAP 或 POP3）。',
  'no-outgoing': '未找到发信服务器（SMTP）。',
  unproven: '无法验证这些设置。',
  risk: {
    plaintext: '{{direction}}（{{host}}）：您的密码和邮件以未加密的方式传输，网络上的任何人都能读取。',
    'trusted-certificate': '{{direction}}（{{host}}）：这台服务器的证书是您自己选择信任的，没有任何机构为它担保。请让服务商修复。',
    'untrusted-source': '{{direction}}（{{host}}）：这台服务器是您自己确认的，它来自一个不可信的查找结果。',
    unverified: '{{direction}}（{{host}}）：尚未证明可以使用，登录测试没有成功。',
    'expired-certificate': '{{direction}}（{{host}}）：证书已过期，在服务商更新证书之前，连接并不安全。',
  },
  direction: { incoming: '收信', outgoing: '发信' },
  action: {
    trustCert: '信任此证书',
    trustCertCheck: '我已将指纹与服务器管理员提供的指纹核对过',
    allowPlaintext: '以未加密方式向 {{host}} 发送我的密码',
    allowPlaintextCheck: '我明白同一网络中的其他人可能看到我的密码',
    consent: '使用 {{host}} 并向它发送我的密码',
    help: '打开 {{provider}} 的帮助',
    working: '正在重新测试…',
  },
};
