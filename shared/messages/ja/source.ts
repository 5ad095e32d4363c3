import type { Translation } from '../catalog-shape';
import type { source as en } from '../en/source';

export const source: Translation<typeof en> = {
  name: {
    provider: '既知のプロバイダーの一覧',
    srv: 'ドメインのDNSレコード',
    autoconfig: 'ドメインの設定ファイル',
    ispdb: 'Thunderbirdのプロバイダーデータベース',
    autodiscover: 'Outlook Autodiscover',
    microsoft365: 'Microsoft 365とExchange',
    mx: 'ドメインのメール受信サーバー（MX）',
    guess: 'よく使われるサーバー名',
    user: 'あなたが入力',
    'autoconfig-http': '安全でない接続で取得した設定ファイル',
  },
  note: {
    'app-password': 'アプリパスワードが必要です。アカウントのセキュリティ設定で作成し、通常のパスワードの代わりにここで使ってください',
    'authorization-code':
      'パスワードの代わりに認証コード（授权码）が必要です。Webメールの設定でIMAP/SMTPをオンにし、認証コードを生成してください',
    'oauth2-only': 'メールアプリからのパスワードを一切受け付けません。プロバイダーでサインインするアプリ（OAuth2）を使ってください',
    'enable-imap': 'まずWebメールの設定でIMAP/POPアクセスをオンにする必要があります',
    'bridge-required': '専用のBridgeアプリを通してのみメールアプリで使えます',
  },
  provider: {
    gmail:
      'Googleは通常のパスワードを独自のサインイン（OAuth2）でのみ受け付けます。2段階認証プロセスを有効にしている場合は、アプリパスワードを作成してここで使ってください。',
    outlook:
      'MicrosoftはOutlook.comでのパスワードによるログインを廃止しました：メールアプリはMicrosoftでサインイン（OAuth2）する必要があります。',
    microsoft365: 'Exchange OnlineでIMAPとPOPを使えるのは、Microsoftのサインイン（OAuth2）を使い、かつ管理者が有効にしている場合だけです。',
    yahoo: 'Yahooではメールアプリ用にアプリパスワードが必要です。通常のパスワードは拒否されます。',
    icloud: 'iCloudでは、Appleアカウントのページで作成するApp用パスワードが必要です。iCloudはPOP3を提供していません。',
    aol: 'AOLではメールアプリ用にアプリパスワードが必要です。',
    gmx: 'まずGMXのWebメールの設定で「POP3/IMAP Abruf」をオンにしてください。',
    'gmx-com': 'まずGMXのWebメールの設定で「POP3/IMAP access」をオンにしてください。',
    webde: 'まずWEB.DEの設定で「POP3/IMAP Abruf」をオンにしてください。',
    yandex: 'Yandexでは、アプリパスワードと、設定でメールアプリからのアクセスをオンにすることが必要です。',
    mailru: 'Mail.ruでは、セキュリティ設定で作成する外部アプリケーション用パスワードが必要です。',
    qq: 'QQメールではQQのパスワードの代わりに認証コード（授权码）が必要です：設定でIMAP/SMTPをオンにし、認証コードを生成してください。',
    exmail: '安全なログインがオンの場合は、Exmailの設定でクライアント専用パスワードを生成してください。',
    netease163: '163メールではクライアント認証コード（客户端授权密码）が必要です：設定でIMAP/SMTPをオンにし、作成してください。',
    netease126: '126メールではクライアント認証コード（客户端授权密码）が必要です：設定でIMAP/SMTPをオンにし、作成してください。',
    yeah: 'yeah.netではクライアント認証コード（客户端授权密码）が必要です。',
    sina: 'Sinaメールの設定でIMAP/SMTPをオンにしてください。認証コードを求められる場合があります。',
    china139: '139メールではメールアプリ用に認証コードが必要です。',
    fastmail: 'Fastmailではメールアプリ用にアプリパスワードが必要です。',
    zoho: 'Zoho Mailの設定でIMAPアクセスをオンにしてください。2要素認証を使っている場合は、アプリケーション専用パスワードを使ってください。',
    'zoho-eu':
      'Zoho Mailの設定でIMAPアクセスをオンにしてください。2要素認証を使っている場合は、アプリケーション専用パスワードを使ってください。',
    proton:
      'Proton Mailをほかのメールアプリで使うには、Proton Mail Bridgeアプリが必要です。Bridgeはお使いのコンピューター上で動作し、使う設定を表示します。',
  },
  warning: {
    'dns-failed': '{{name}}：{{reason}}',
    'not-offered': '{{name}}：ドメインによると、このサービスは提供されていません（ターゲット「.」）',
    'no-settings-file': '{{url}}：設定ファイルがありません',
    'no-autodiscover': '{{url}}：Autodiscoverの応答がありません',
    'lookup-failed': '{{url}}：{{reason}}',
    'entry-skipped': '{{url}}：{{reason}}',
    'plain-http':
      '{{url}}：設定は暗号化されていないHTTPで届きました。パスワードは、あなたの許可がある場合にのみこれらのサーバーに送信します',
    'autodiscover-redirect': '{{url}}：Autodiscoverが別のアドレス（{{address}}）を指しています。たどっていません',
    'source-failed': '{{source}}：{{reason}}',
    'ispdb-not-asked': '{{domain}}は組み込みのプロバイダー表にあるため、ISPDBには問い合わせていません',
    'snapshot-unusable': '同梱のISPDBのコピーを使用できなかったため（{{error}}）、代わりにオンラインのISPDBに問い合わせました',
  },
  known: {
    origin: { table: '組み込みのプロバイダー表', snapshot: '同梱のISPDBのコピー' },
    answered:
      '{{domain}}は{{origin}}で既知（{{name}}）で、サーバーが応答したため、{{domain}}についてそれ以上は問い合わせていません（問い合わせなかったもの：{{sources}}）',
    unanswered: '{{domain}}は{{origin}}で既知（{{name}}）ですが、サーバーが応答しなかったため、ほかの情報源に問い合わせます（{{sources}}）',
    stopped: '{{domain}}は{{origin}}で既知（{{name}}）です。ほかの情報源（{{sources}}）に問い合わせる前に実行が終了しました',
  },
  skipped: {
    'not-mail': '種類「{{type}}」のサーバーはIMAP、POP3、SMTPのいずれでもありません',
    'invalid-autoconfig': 'ホスト、ポート、またはsocketTypeが無効な{{protocol}}のエントリ',
    'invalid-autodiscover': 'サーバーまたはポートが無効な{{type}}のエントリ',
  },
};
