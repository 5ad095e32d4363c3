import type { Translation } from '../catalog-shape';
import type { signin as en } from '../en/signin';

export const signin: Translation<typeof en> = {
  page: {
    done: { title: '已登录', text: '您可以关闭此窗口，回到邮箱设置助手。' },
    refused: {
      title: '登录未完成',
      text: '登录没有完成。您可以关闭此窗口；邮箱设置助手会告诉您下一步该怎么做。',
    },
    mismatch: {
      title: '此应答不属于邮箱设置助手',
      text: '此登录应答不属于邮箱设置助手发起的登录，因此已被忽略。请关闭此窗口，从邮箱设置助手重新开始。',
    },
  },
  failure: {
    'consent-refused': '您没有在浏览器中允许访问，因此没有进行任何检查。如有需要，请重新开始登录。',
    'provider-error': '服务商无法完成登录。请稍后重试；下面的详细信息说明了它的应答。',
    'timed-out': '浏览器没有及时返回。请重新开始登录，并在浏览器窗口中完成。',
    cancelled: '登录已停止。',
    'state-mismatch': '返回的应答不属于这次登录，为了您的安全已被忽略。请重新开始。',
    'issuer-mismatch': '应答来自另一个登录服务，而不是所请求的那个，为了您的安全已被忽略。',
    'browser-failed': '无法打开网页浏览器。请自己把登录地址复制到浏览器中。',
    'token-refused': '服务商不肯为邮件应用授予访问权限。请重试；如果一直失败，可能是您的组织禁止了邮件应用。',
    network: '无法连接登录服务。请检查网络连接后重试。',
  },
  noSignIn: {
    'no-client-id':
      '这份邮箱设置助手没有在该服务商处注册登录，因此无法通过登录来检查账户。添加账户时，您的邮件应用会请您通过服务商账号登录；下面的设置仍然是正确的。',
    'no-oauth': '该服务商没有为邮件应用提供账号登录；请使用您的密码（或应用专用密码）。',
    'discovery-failed': '找不到服务商的登录服务。添加账户时，您的邮件应用会请您登录。',
    'registration-refused': '服务商的登录服务不接受邮箱设置助手。添加账户时，您的邮件应用会请您登录。',
    'untrusted-source': '登录地址来自一次未受保护的查询，因此邮箱设置助手不会把您带到那里。您的邮件应用会请您登录。',
  },
  evidence: {
    'provider-table': '内置服务商列表中 {{detail}} 的登录设置',
    'client-configuration': '来自配置的客户端 ID（{{detail}}）',
    autoconfig: '域名自动配置文件中的登录设置（{{detail}}）',
    'protected-resource-metadata': '邮件服务器的受保护资源元数据（{{detail}}）',
    'authorization-server-metadata': '登录服务的元数据（{{detail}}）',
    'dynamic-registration': '邮箱设置助手已在登录服务处注册（{{detail}}）',
    'login-failure-hint': '邮件服务器拒绝令牌时指明的登录服务（{{detail}}）',
  },
  microsoft365: {
    headline: {
      'exchange-online':
        '这是 Microsoft 365 邮箱（Exchange Online）。最好将其添加为 Microsoft 365 / Exchange 账户，并使用 Microsoft 账号登录。',
      'exchange-on-premises': '此邮箱位于您组织自己的 Exchange 服务器上。请将其添加为 Exchange 账户；只有组织开启了 IMAP，IMAP 才能使用。',
      unknown: '这个地址看起来是 Microsoft 邮箱（Microsoft 365 或 Outlook.com）。请将其添加为 Microsoft 账户，并使用 Microsoft 账号登录。',
      consumer: '这是 Outlook.com 邮箱。请在邮件应用中将其添加为 Outlook.com 账户；它通过 Microsoft 账号登录，而不是使用密码。',
    },
    app: {
      exchange: 'Outlook：按地址添加账户；Outlook 会识别出 Microsoft 365，并请您使用 Microsoft 账号登录。',
      'exchange-activesync': 'Apple 邮件（Mac、iPhone、iPad）：添加账户时选择“Microsoft Exchange”，然后使用 Microsoft 账号登录。',
      'imap-oauth':
        'Thunderbird 和其他邮件应用：使用 IMAP 和 SMTP，并选择“OAuth2”/“使用 Microsoft 登录”作为身份验证方式；普通密码会被拒绝。',
      'imap-if-enabled': 'Thunderbird 和其他邮件应用：只有您的组织开启了 IMAP 和 SMTP，它们才能使用；请咨询您的 IT 部门。',
    },
    evidence: {
      'provider-table': '{{detail}} 是 Outlook.com 域名',
      mx: 'MX {{detail}}',
      'autodiscover-v2': '自动发现 v2 指明 ActiveSync 位于 {{detail}}',
      'autodiscover-pox': '自动发现要求使用 Microsoft 账号登录（{{detail}}）',
    },
  },
};
