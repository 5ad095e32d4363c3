import type { Translation } from '../catalog-shape';
import type { signin as en } from '../en/signin';

export const signin: Translation<typeof en> = {
  page: {
    done: { title: 'サインインしました', text: 'このウィンドウを閉じて、Mail Setupに戻ってください。' },
    refused: {
      title: 'サインインは完了していません',
      text: 'サインインが完了しませんでした。このウィンドウを閉じてかまいません。次に何をすればよいかはMail Setupが表示します。',
    },
    mismatch: {
      title: 'この応答はMail Setup宛てではありません',
      text: 'このサインインの応答は、Mail Setupが開始したサインインのものではないため、無視しました。このウィンドウを閉じ、Mail Setupからやり直してください。',
    },
  },
  failure: {
    'consent-refused': 'ブラウザーでアクセスが許可されなかったため、何も確認していません。必要ならもう一度サインインしてください。',
    'provider-error':
      'プロバイダーがサインインを完了できませんでした。後でもう一度お試しください。プロバイダーの応答は下の詳細にあります。',
    'timed-out': 'ブラウザーから時間内に戻りませんでした。もう一度サインインを開始し、ブラウザーのウィンドウで完了してください。',
    cancelled: 'サインインを中止しました。',
    'state-mismatch': '戻ってきた応答がこのサインインのものではなかったため、安全のために無視しました。やり直してください。',
    'issuer-mismatch': '応答が、問い合わせたものとは別のサインインサービスから届いたため、安全のために無視しました。',
    'browser-failed': 'Webブラウザーを開けませんでした。サインイン用のアドレスをご自分でブラウザーにコピーしてください。',
    'token-refused':
      'プロバイダーがメールアプリへのアクセスを許可しませんでした。もう一度お試しください。失敗が続く場合は、組織がメールアプリをブロックしている可能性があります。',
    network: 'サインインサービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  },
  noSignIn: {
    'no-client-id':
      'このMail Setupは、このプロバイダーにサインイン用の登録がないため、サインインによるアカウントの確認ができません。アカウントを追加するときに、メールアプリがプロバイダーでのサインインを求めます。下の設定はそのままで正しい設定です。',
    'no-oauth': 'このプロバイダーはメールアプリ用のサインインを提供していません。パスワード（またはアプリパスワード）を使ってください。',
    'discovery-failed':
      'プロバイダーのサインインサービスが見つかりませんでした。アカウントを追加するときに、メールアプリがサインインを求めます。',
    'registration-refused':
      'プロバイダーのサインインサービスがMail Setupを受け入れませんでした。アカウントを追加するときに、メールアプリがサインインを求めます。',
    'untrusted-source':
      'サインイン用のアドレスが保護されていない検索で得られたため、Mail Setupはそこへ案内しません。メールアプリがサインインを求めます。',
  },
  evidence: {
    'provider-table': '組み込みのプロバイダー表にある{{detail}}のサインイン設定',
    'client-configuration': '設定にあるクライアントID（{{detail}}）',
    autoconfig: 'ドメインのautoconfigファイルにあるサインイン設定（{{detail}}）',
    'protected-resource-metadata': 'メールサーバーの保護リソースメタデータ（{{detail}}）',
    'authorization-server-metadata': 'サインインサービスのメタデータ（{{detail}}）',
    'dynamic-registration': 'Mail Setupがサインインサービスに自身を登録しました（{{detail}}）',
    'login-failure-hint': 'メールサーバーがトークンを拒否したときに示したサインインサービス（{{detail}}）',
  },
  microsoft365: {
    headline: {
      'exchange-online':
        'これはMicrosoft 365のメールボックス（Exchange Online）です。Microsoft 365／Exchangeアカウントとして追加し、Microsoftでサインインするのが最適です。',
      'exchange-on-premises':
        'このメールボックスは組織独自のExchangeサーバーにあります。Exchangeアカウントとして追加してください。IMAPは組織が有効にしている場合にのみ動作します。',
      unknown:
        'このアドレスはMicrosoftのメールボックス（Microsoft 365またはOutlook.com）のようです。Microsoftアカウントとして追加し、Microsoftでサインインしてください。',
      consumer:
        'これはOutlook.comのメールボックスです。メールアプリでOutlook.comアカウントとして追加してください。パスワードではなくMicrosoftでサインインします。',
    },
    app: {
      exchange: 'Outlook：アドレスでアカウントを追加します。OutlookがMicrosoft 365を認識し、Microsoftでのサインインを求めます。',
      'exchange-activesync':
        'Apple Mail（Mac、iPhone、iPad）：アカウントの追加で「Microsoft Exchange」を選び、Microsoftでサインインします。',
      'imap-oauth':
        'Thunderbirdとほかのメールアプリ：IMAPとSMTPを使い、認証方式に「OAuth2」／「Microsoftでサインイン」を選びます。通常のパスワードは拒否されます。',
      'imap-if-enabled':
        'Thunderbirdとほかのメールアプリ：IMAPとSMTPは組織が有効にしている場合にのみ動作します。IT部門にお問い合わせください。',
    },
    evidence: {
      'provider-table': '{{detail}}はOutlook.comのドメインです',
      mx: 'MX {{detail}}',
      'autodiscover-v2': 'Autodiscover v2がActiveSyncとして{{detail}}を示しています',
      'autodiscover-pox': 'AutodiscoverがMicrosoftのサインインを求めています（{{detail}}）',
    },
  },
};
