import type { Translation } from '../catalog-shape';
import type { choice as en } from '../en/choice';

export const choice: Translation<typeof en> = {
  security: {
    tls: '接続は最初のバイトから暗号化されます（TLS）。最も安全な方法です。',
    starttls: 'パスワードを送信する前に、STARTTLSで接続を暗号化します。',
    plain: '注意：この接続は暗号化されていません。パスワードとメールがネットワーク上で読まれるおそれがあります。',
  },
  protocol: {
    imap: 'IMAPはメールをサーバーに保存するので、すべてのデバイスで同じ内容になります。',
    pop3: 'POP3はメールをこのデバイスにダウンロードします。ほかのデバイスからは、読んだメールや整理したメールが見えません。',
  },
  source: {
    user: 'あなたが入力した設定です。',
    provider: 'お使いのプロバイダーは、既知のプロバイダーの一覧にあります（{{detail}}）。',
    srv: 'ドメインがこのサーバーをDNS（SRVレコード）で公開しています。メールサーバーを知らせる標準的な方法です。',
    autoconfig: 'ドメインがこの設定を設定ファイルで公開しています（{{detail}}）。',
    ispdb: 'この設定はThunderbirdのプロバイダーデータベース（ISPDB）によるものです。',
    autodiscover: 'ドメインがこの設定を、Outlookが使うAutodiscoverで知らせています。',
    microsoft365: 'Microsoftはこのメールボックスを、Microsoft 365またはOutlook.comと認識しています（{{detail}}）。',
    mx: 'ドメインのメールを受け取るサーバーから見つけました（{{detail}}）。',
    guess: 'よく使われるサーバー名を試して見つけました（{{detail}}）。',
    'autoconfig-http': '暗号化なしで取得した設定ファイルによるものです（{{detail}}）。使う前に確認してください。',
  },
  alternatives: 'ほかにも動作する設定：{{servers}}。',
  alternative: '{{host}} ポート{{port}}（{{security}}）',
};
