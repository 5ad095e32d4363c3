import type { Translation } from '../catalog-shape';
import type { finding as en } from '../en/finding';

export const finding: Translation<typeof en> = {
  works: 'メールの設定は正しく動作しています。',
  'port-blocked': 'このネットワークではポート{{port}}がブロックされています。STARTTLSで{{alternative}}を使ってください（{{host}}）。',
  'password-wrong':
    'パスワード（またはユーザー名）が間違っています：{{hosts}}は応答しましたが、{{usernames}}としてのログインを拒否しました。',
  'provider-password': 'サーバーがログインを拒否しました：{{provider}}では、{{note}}。',
  'provider-note': '注意：{{provider}}では、{{note}}。',
  'cert-expired':
    '{{host}}の証明書は{{date}}に期限が切れました。メールプロバイダーが更新する必要があります。それまで接続は安全ではありません。',
  'cert-not-yet-valid': '{{host}}の証明書は{{date}}から有効です：このコンピューターの日付と時刻を確認してください。',
  'cert-self-signed':
    '{{host}}は自己署名証明書を使っており、どの認証局もそれを保証していません（SHA-256 {{fingerprint}}）。サーバーの管理者がこのフィンガープリントを確認した場合にのみ信頼してください。',
  'cert-wrong-host':
    '{{host}}の証明書は{{host}}ではなく{{names}}に対して発行されています：サーバー名が間違っているか、誰かが通信に割り込んでいる可能性があります。',
  'cert-other': '{{host}}:{{port}}への安全な接続に失敗しました：{{problem}}。',
  'plaintext-only':
    '{{host}}は暗号化されていない接続しか提供していないため、パスワードがネットワーク上で読めてしまいます。プロバイダーに暗号化を依頼するか、信頼できるネットワークでのみ許可してください。',
  'untrusted-source':
    '{{host}}は信頼できない検索（{{source}}）で見つかりました。パスワードを送信する前に、このサーバーを確認してください。',
  'no-auth-method': '{{host}}:{{port}}は、このアプリが安全に使えるログイン方法を提供していません。',
  'not-found': '{{domain}}のメールサーバーが見つかりませんでした。@より後ろのつづりを確認してください。',
  offline:
    'オフラインのようです：どのDNSサーバーも応答せず、Mail Setupが知っているプロバイダーにさえ接続できませんでした。インターネットに接続してから（ホテルやカフェのネットワークでは、最初にWebページでのログインが必要な場合があります）、もう一度お試しください。',
  'no-such-domain': 'ドメイン{{domain}}は存在しません。@より後ろを確認してください：1文字抜けたり入れ替わったりするだけでも違います。',
  'no-mail-servers':
    '{{domain}}は存在しますが、メールサーバーが指定されていないため、メールを受信できません。アドレスを確認してください。正しい場合は、プロバイダーから知らされたサーバー名を入力してください。',
  unreachable:
    '{{domain}}のメールサーバーにはどれもここから接続できません：ファイアウォールがメール用のポートをブロックしているか、サーバーが停止している可能性があります。',
  'no-working-server': '{{domain}}で動作するメールサーバーが見つかりませんでした。',
  'give-password': 'サーバーが見つかりました。ログインをテストするにはパスワードを入力してください。',
  'server-problem': '{{host}}:{{port}}：{{outcome}}',
  'no-incoming': '受信メールサーバー（IMAPまたはPOP3）が見つかりませんでした。',
  'no-outgoing': '送信メールサーバー（SMTP）が見つかりませんでした。',
  'cert-no-names':
    '{{host}}の証明書は、サーバー名を古いCommon Nameフィールド（{{subject}}）にしか記載しておらず、メールアプリが必要とするsubjectAltNameリストがないため、信頼できません。プロバイダーが新しい証明書を発行する必要があります。',
  'ipv6-broken':
    'このネットワークではIPv6が不通で、IPv4は使えます。ネットワーク（またはそのIPv6）が直るまで、メールアプリの接続に時間がかかったり、失敗したりすることがあります。',
  'test-message-delivered': '自分宛てに送ったテストメールは、送信から{{seconds}}秒後に受信トレイに届きました。',
  'test-message-failed': '自分宛てに送ったテストメールは届きませんでした：{{why}}',
  'test-message-junk':
    '自分宛てに送ったテストメールは届きましたが、フォルダー{{folder}}に入りました：迷惑メールフィルターに振り分けられています。',
  'test-message-lost': 'サーバーは自分宛てのテストメールを受け付けましたが、{{seconds}}秒以内に届きませんでした。',
  'verified-by-sign-in': '{{provider}}でのサインインで確認済み：メールサーバーはサインインを受け付けます。',
  'sign-in-failed': '{{provider}}でのサインインではアカウントを確認できませんでした：{{why}}',
  'logins-refused_other':
    'ログインが{{count}}回拒否されました。各ログイン名は受信と送信でそれぞれ最大1回しか試さないため、この確認でアカウントがロックされることはありません。',
  unproven: '設定を確認できませんでした。',
  risk: {
    plaintext: '{{direction}}（{{host}}）：パスワードとメールが暗号化されずに送られます。ネットワーク上の誰でも読めます。',
    'trusted-certificate':
      '{{direction}}（{{host}}）：このサーバーの証明書はあなた自身が信頼したもので、どの認証局も保証していません。プロバイダーに修正を依頼してください。',
    'untrusted-source': '{{direction}}（{{host}}）：このサーバーはあなた自身が確認したもので、信頼できない検索で見つかりました。',
    unverified: '{{direction}}（{{host}}）：動作は確認されていません。ログインのテストは成功していません。',
    'expired-certificate': '{{direction}}（{{host}}）：証明書の期限が切れているため、プロバイダーが更新するまで接続は安全ではありません。',
  },
  direction: { incoming: '受信メール', outgoing: '送信メール' },
  action: {
    trustCert: 'この証明書を信頼する',
    trustCertCheck: 'サーバーの管理者から知らされたフィンガープリントと照合しました',
    allowPlaintext: 'パスワードを暗号化せずに{{host}}へ送信する',
    allowPlaintextCheck: 'このネットワーク上のほかの人にパスワードを読まれるおそれがあることを理解しています',
    consent: '{{host}}を使い、パスワードを送信する',
    help: '{{provider}}のヘルプを開く',
    working: '再テスト中…',
  },
};
