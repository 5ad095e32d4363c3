import type { Translation } from '../catalog-shape';
import type { exportFiles as en } from '../en/export';

export const exportFiles: Translation<typeof en> = {
  label: {
    thunderbird: 'Webサーバー用のThunderbird autoconfigファイル（config-v1.1.xml）',
    'thunderbird-isp': 'インストール先のispフォルダー用のThunderbird autoconfigファイル（<domain>.xml）',
    'thunderbird-import': 'Thunderbirdのインポートファイル（.zip）',
    'thunderbird-policies': 'Thunderbirdのエンタープライズポリシー（policies.json）',
    apple: 'Apple Mailのプロファイル（.mobileconfig）',
    outlook: 'OutlookのAutodiscover応答（autodiscover.xml）',
    'outlook-prf': 'Outlookのプロファイルファイル（.prf）',
    json: 'JSONによる記述（mailsetup-account/1）',
    summary: '印刷用の設定一覧（テキスト）',
    'summary-html': '印刷用の設定一覧（Webページ）',
    dns: 'ドメインのDNSレコード（ゾーンファイル）',
  },
  app: {
    apple: 'Apple Mail（Mac、iPhone、iPad）',
    'outlook-prf': 'Windows版Outlook（クラシック）',
    thunderbird: 'Thunderbird autoconfigファイル（Webサーバー用）',
    summary: 'ほかのアプリ用の印刷用設定一覧',
    outlook: 'OutlookのAutodiscover応答（Webサーバー用）',
    'thunderbird-isp': 'Thunderbird autoconfigファイル（インストール先のispフォルダー用）',
    'thunderbird-import': 'Thunderbird',
    'thunderbird-policies': 'Thunderbirdのエンタープライズポリシー（policies.json）',
    json: 'JSONによる記述',
    'summary-html': '印刷用の設定一覧（Webページ）',
    dns: 'ドメインのDNSレコード',
  },
  guide: {
    thunderbird:
      'ドメインのWebサーバー用：https://autoconfig.<domain>/mail/config-v1.1.xml（またはhttps://<domain>/.well-known/autoconfig/mail/config-v1.1.xml）で公開してください。Thunderbirdのアカウント設定は、アドレスだけからすべてを入力します。同じ形式を読むアプリ（K-9/Android版Thunderbird、Evolution、KMail、Delta Chat）も同様です。',
    'thunderbird-isp':
      '管理者向け：Thunderbirdのインストール先のispフォルダーにそのままコピーしてください（Windows：C:\\Program Files\\Mozilla Thunderbird\\isp、Linux：thunderbirdプログラムと同じ場所、例：/usr/lib/thunderbird/isp、macOS：Thunderbird.app/Contents/Resources/isp。更新のたびに置き換えられます）。Thunderbirdのアカウント設定は、ドメインのどのアドレスについても、ネットワークに問い合わせずにすべてを入力します。',
    'thunderbird-import':
      'Thunderbirdで：メニュー ≡ → ツール → インポート → 「Import from a file」→「Import Backed-up Profile」→ 続行。このファイルを選び、「Accounts and Settings」にチェックを入れたまま → 続行 →「Start Import」。Thunderbirdが再起動し、既存のアカウントに加えてこのアカウントが追加されます。パスワードは最初に使うときに求められます。インポートは1回だけにしてください。管理者権限は不要です。',
    'thunderbird-policies':
      '管理者向け：policies.jsonとして、/etc/thunderbird/policies/（Linux）またはThunderbirdのインストール先のdistributionフォルダー（Windows：C:\\Program Files\\Mozilla Thunderbird\\distribution、macOS：Thunderbird.app/Contents/Resources/distribution）に保存してください。既存のpolicies.jsonがある場合は手作業で統合してください。そのコンピューターで、まだメールアカウントのないThunderbirdのプロファイルはすべてこのアカウントで始まり、後から追加したアカウントも残ります。すでにアカウントのあるプロファイルは変更されません：そこでは.zipをインポートしてください。このファイルは削除しないでください：アカウントの設定はこのファイルから読み込まれます。パスワードは最初に使うときにThunderbirdが求めます。一緒に保存した.pem証明書は、そのdistributionフォルダー内のcertificatesという名前のフォルダーに入れてください。',
    apple:
      'Macの場合：ファイルをダブルクリックし、システム設定 → 一般 → デバイス管理（macOS 15以降。macOS 13と14ではプライバシーとセキュリティ → プロファイル）を開き、プロファイルをダブルクリックして「インストール」を選び、Macのパスワードを入力します。iPhoneまたはiPadの場合：AirDrop、メール、または「ファイル」からファイルを開き、設定 →「プロファイルがダウンロードされました」（いちばん上）→ インストール、パスコードを入力、インストール。プロファイルに証明書が含まれている場合は、設定 → 一般 → 情報 → 証明書信頼設定でその証明書もオンにしてください。組織の署名がないプロファイルは「未検証」または「署名なし」と表示されます：自分のアドレスが表示されていることを確認してからインストールしてください。',
    outlook:
      'ドメインのWebサーバー用（管理者向け）：https://autodiscover.<domain>/autodiscover/autodiscover.xmlへのOutlookのPOSTに対する応答として返してください。個人的な情報（ログイン名や表示名）は含まず、ドメインの全ユーザーに応答します。Windows版のクラシックOutlook（2013～2021、Microsoft 365 Apps）は、アドレスだけからアカウントを設定します。',
    'outlook-prf':
      'Windows版のクラシックOutlookのみ（2013～2021、Microsoft 365 Apps）。まずOutlookを閉じてください。次にWin+Rを押し、outlook.exe /importprf "%USERPROFILE%\\Downloads\\<ファイル>.prf"（保存したフォルダー）と入力してEnterキーを押します。クラシックOutlookには左上に「ファイル」タブがあります。新しいOutlookにはありません（設定は右上の歯車の中）。新しいOutlookとMac版OutlookはPRFファイルを読めません：印刷用の設定一覧の値を使ってアカウントを追加してください。',
    json: 'スクリプトやほかのツール用。スキーマはdocs/account-v1.schema.jsonです。',
    summary: 'ほかのメールアプリに手で入力するための設定です。',
    'summary-html': 'ブラウザーで開いて印刷してください。ほかのメールアプリに手で入力するための設定です。',
    dns: 'ドメインの管理者向け：これらのレコードをDNSプロバイダーに追加すると、どのメールアプリもサーバーを自動で見つけられます。',
  },
  open: {
    'outlook-prf': 'Outlookを閉じてください。Win+Rを押し、 outlook.exe /importprf "{{path}}" と入力してEnterキーを押します。',
  },
  note: {
    'no-password-place': '{{label}}にはパスワードの欄がないため、省きました。パスワードはメールアプリが求めます。',
    oauth2:
      'このアカウントは{{provider}}でサインインします（OAuth2）：メールアプリではパスワードは使えません。アプリに求められたら、アプリが開くウィンドウで{{provider}}にサインインしてください。',
    'name-cleaned': '名前に改行などの制御文字が含まれていました。メールアプリは保存できないため、それぞれ空白に置き換えました。',
    unsigned:
      'このプロファイルは署名されていません：iPhoneとiPadでは「未検証」、Macでは「署名なし」と表示されます。これはどの組織も保証していないという意味にすぎず、このアカウント用にここで作成したものです。多くの人にプロファイルを配布する管理者は、組織の証明書で署名できます（mailsetup export … --sign-cert cert.pem --sign-key key.pem、中間証明書には--sign-chain）。その場合、デバイスには組織名が表示され、証明書が信頼された認証局のものであれば「検証済み」と表示されます。',
    'apple-certificate':
      'このプロファイルは、あなたが信頼することにした証明書もインストールします。iPhoneとiPadでは、インストール後にその証明書の完全な信頼をオンにしてください：設定 → 一般 → 情報 → 証明書信頼設定。Macでは、パスワードを入力してプロファイルをインストールすれば十分です。それでもメールが警告する場合は、キーチェーンアクセスを開き、証明書をダブルクリックして「この証明書を使用するとき」を「常に信頼」に設定してください。',
    'apple-ios-only-google':
      'このプロファイルはGoogleでサインインするGoogleアカウントを追加します：インストールできるのはiPhoneとiPadだけです。Macでは、システム設定 → インターネットアカウント → アカウントを追加 → Googleでアカウントを追加してください。',
    'apple-ios-only-microsoft':
      'このプロファイルはMicrosoftでサインインするMicrosoft Exchangeアカウントを追加します：インストールできるのはiPhoneとiPadだけです。Macでは、システム設定 → インターネットアカウント → アカウントを追加 → Microsoft Exchangeでアカウントを追加してください。',
    'autodiscover-personal': 'autodiscover.xmlはドメインの全ユーザーに応答するため、個人的な情報（ログイン名や表示名）は含みません。',
    'autodiscover-login':
      'サーバーは、アドレス全体ではないログイン名を求めています。Webサーバー上のファイルでは一人ひとりに別のログイン名を渡せないため、Outlookはアドレスを使います。各自がアカウント設定でユーザー名を変更する（またはクラシックOutlookで.prfをインポートする）必要があります。',
    'prf-implicit-tls':
      'PRFファイルでは受信サーバーにSTARTTLSを指定できないため、プロファイルは{{server}}の代わりに{{chosen}}（最初から暗号化、こちらも確認済み）を使います。',
    'policies-certificate':
      'policies.jsonは、あなたが信頼することにした{{host}}の証明書を、隣に保存したファイル{{file}}からインストールします：このファイルをThunderbirdのインストール先のdistributionフォルダー内のcertificatesという名前のフォルダーに入れてください（Linuxでは/usr/lib/mozilla/certificatesも使えます）。',
    'trusted-certificate_other':
      '{{host}}（ポート{{ports}}）は、あなたがMail Setupで信頼することにした証明書を使っています。{{app}}は最初の接続時に警告を表示します：SHA-256フィンガープリントが{{fingerprint}}である場合にのみ、恒久的に受け入れてください。',
    'trusted-certificate-outlook_other':
      '{{host}}（ポート{{ports}}）は、あなたがMail Setupで信頼することにした証明書を使っています。Outlookは最初の接続時に警告を表示します：「証明書の表示」→「詳細」を選び、拇印が{{sha1}}（SHA-256 {{fingerprint}}）である場合にのみ続行してください。',
    renamed: '「{{name}}」は今後{{label}}を書き出します：以前に書き出していたuser.jsは、Thunderbirdを起動するたびに再適用されていました。',
    signed: 'このプロファイルは署名済みです。デバイスには「署名なし」ではなく署名者が表示されます。',
    secret: 'このファイルにはパスワードが含まれています：パスワードそのものと同じように扱い、アカウントが動作したら削除してください。',
  },
  refused: {
    'prf-starttls':
      'PRFファイルでは受信サーバーに「SSL」か「暗号化なし」しか指定できませんが、{{server}}はSTARTTLSを提供しています：このファイルではパスワードが保護されずに送信されてしまいます。クラシックOutlookでは、手動でアカウントを追加し（ファイル → アカウントの追加 → 詳細オプション →「自分で自分のアカウントを手動で設定」→ IMAP）、印刷用の設定一覧の値でSTARTTLSを選んでください。',
    'prf-sign-in':
      'PRFファイルで設定できるのはパスワードのアカウントだけですが、このアカウントは{{provider}}でサインインします：Outlookでアドレスからアカウントを追加し（ファイル → アカウントの追加）、求められたら{{provider}}でサインインしてください。',
    'outlook-sign-in':
      'このアカウントは{{provider}}でサインインします。Outlookはこのようなアカウントをアドレスから自動で見つけるため、公開するAutodiscover応答はありません。',
    'apple-sign-in':
      'Appleのプロファイルで使えるサインインはGoogleとMicrosoftだけですが、このアカウントは{{provider}}でサインインします：デバイスのメールの設定にある「アカウントを追加」で追加してください（Macではシステム設定 → インターネットアカウント）。',
    'apple-sign-in-domain-wide':
      'Appleのプロファイルに入れる{{provider}}アカウントには、本人のアドレスが必要です：1人につき1つのプロファイルを作成してください。',
    'login-control': 'ログイン名に改行などの制御文字が含まれており、メールアプリは保存できません',
    'bad-host': '「{{host}}」は設定ファイルに書けるホスト名ではありません',
    'bad-port': '{{port}}はポート番号ではありません',
  },
  apple: {
    signInAccount: '{{provider}}：{{email}}',
    profileName: 'メール：{{who}}',
    profileDescription: 'メールアカウント{{email}}を設定します（Mail Setupで作成）。',
    profileDescriptionDomain: '{{label}}のメールアカウントを設定します（Mail Setupで作成）。',
    mailForDomain: '{{label}}のメール',
    certificate: '{{host}}の証明書',
  },
  prf: {
    title: 'Mail Setup：{{email}}のOutlookプロファイル',
    close: '先にOutlookを閉じてください：このファイルを読むのは起動時だけです。',
    import:
      '次にWin+Rを押し、 outlook.exe /importprf "%USERPROFILE%\\Downloads\\{{file}}" （このファイルを保存したフォルダー）と入力してEnterキーを押します。',
    editions: 'クラシックOutlook（2013～2021、Microsoft 365 Apps）用です。新しいOutlookとMac版Outlookでは使えません。',
    password: 'Outlookは最初の接続時にパスワードを求めます。',
    certificate_other:
      '{{host}}（ポート{{ports}}）は、あなたが信頼することにした証明書を使っています：Outlookは最初の接続時に警告を表示します。次の証明書だけを受け入れてください：',
    thumbprint: 'SHA-1拇印（Outlookでは「証明書の表示」→「詳細」）{{sha1}}、SHA-256 {{sha256}}',
  },
  importZip: {
    prefsComment: 'Mail Setup：ThunderbirdのインポートのためのThunderbirdアカウント{{email}}。',
    intro: 'このファイルは、メールアカウント{{email}}をThunderbirdに追加します。',
    doNotUnpack: '展開しないでください。Thunderbirdで：',
    step1: 'メニュー（3本線）> ツール > インポート。',
    step2: '「Import from a file」>「Import Backed-up Profile」> 続行。',
    step3: 'このZIPファイルを選びます。「Accounts and Settings」にチェックを入れたまま > 続行 >「Start Import」。',
    step4: 'Thunderbirdがアカウントを追加して再起動します。既存のアカウントはそのまま残ります。',
    password: '最初にメールを受信するときに、パスワードを求められます。',
    signIn:
      '最初にメールを受信するときに、{{provider}}のサインインページが開きます：そこでサインインしてください（このファイルにパスワードは含まれていません）。',
    exception:
      'Thunderbirdに「セキュリティ例外の追加」が表示されたら、「表示」を選んでSHA-256フィンガープリントを照合し、一致する場合にのみ「次回以降にもこの例外を有効にする」にチェックを入れて「セキュリティ例外を承認」を選んでください。',
    once: 'インポートは1回だけにしてください：インポートするたびにアカウントがもう1つ追加されます。',
  },
  zone: {
    title: '{{domain}}のDNSレコード（Mail Setupで作成）。ゾーンファイルの構文です。TTLは必要に応じて調整してください。',
    srv: 'SRVレコードを読むメールクライアント（RFC 6186、RFC 8314）は、これらのサーバーを自動で見つけます。',
    autoconfig: 'Thunderbirdはhttps://autoconfig.{{domain}}/mail/config-v1.1.xmlを探します（エクスポート「thunderbird」）。',
    autodiscover: 'Outlookはhttps://autodiscover.{{domain}}/autodiscover/autodiscover.xmlにPOSTします（エクスポート「outlook」）。',
    certificate: 'どちらの名前にも、{{host}}上で有効なHTTPS証明書が必要です。',
    notOfferedDomain: '提供なし：現時点でドメイン自身のDNSがそう示しています。',
    notOfferedProbed: '提供なし：メールサーバーに問い合わせましたが、何もありませんでした。',
    notChecked: '{{name}}：Mail Setupでは確認していません。ドメインがこのサービスを提供している場合は、ここにレコードを追加してください。',
  },
  summary: {
    heading: '{{who}}のメール設定',
    name: '名前',
    address: 'メールアドレス',
    authentication: '認証',
    authMode: { password: '通常のパスワード', oauth2: 'OAuth2（プロバイダーでサインイン）' },
    incoming: '受信メール（{{protocol}}）',
    outgoing: '送信メール（{{protocol}}）',
    server: 'サーバー',
    port: 'ポート',
    security: 'セキュリティ',
    username: 'ユーザー名',
    password: 'パスワード',
    securityMode: { tls: 'SSL/TLS（最初から暗号化）', starttls: 'STARTTLS', plain: 'なし（暗号化なし）' },
    yourAddress: 'あなたのメールアドレス',
    yourLocalPart: 'アドレスの@より前の部分',
    yourPassword: 'メールのパスワード',
    signIn: 'メールアプリで{{provider}}にサインイン',
    signInNote:
      'パスワードは不要です：このアカウントは{{provider}}でサインインします。アカウントを追加するときに、メールアプリが{{provider}}のサインインページを開きます。',
    certificate_other:
      '{{host}}（ポート{{ports}}）は、あなたが信頼することにした証明書を使っています。メールアプリが警告を表示したら、SHA-256フィンガープリントが{{fingerprint}}である場合にのみ受け入れてください。',
    ports: '一般的なポート',
    protocol: 'プロトコル',
    implicitTls: 'SSL/TLS',
    starttlsOrNone: 'STARTTLSまたはなし',
    submission: 'SMTPサブミッション',
  },
  manual: {
    manual: {
      'new-outlook': {
        1: '新しいOutlookで：設定（右上の歯車）→ アカウント → メールアカウント → アカウントを追加。',
        2: 'メールアドレスを入力して「続行」を選びます。アカウントの種類を聞かれたら、下の「受信メール」に書かれているもの（IMAPまたはPOP）を選びます。',
        3: '「さらに表示」（詳細設定）を開き、下の値を入力して「続行」を選びます。',
      },
      'outlook-mac': {
        1: 'Mac版Outlookで：Outlookメニュー → 設定 → アカウント → +（左下）→ 新しいアカウント。',
        2: 'メールアドレスを入力して「続行」を選びます。プロバイダーを聞かれたら、IMAP/POPを選びます。',
        3: '下の値を入力して「アカウントを追加」を選びます。',
      },
      other: {
        1: 'メールアプリで、手動でアカウントを追加し（IMAPまたはPOP。多くは「詳細設定」の中）、下の値を入力します。',
      },
    },
    signIn: {
      'new-outlook': {
        1: '新しいOutlookで：設定（右上の歯車）→ アカウント → メールアカウント → アカウントを追加。',
        2: 'メールアドレスを入力して「続行」を選びます。',
        3: '開いたウィンドウで{{provider}}にサインインします。サーバーの設定を入力する必要はありません。',
      },
      'outlook-mac': {
        1: 'Mac版Outlookで：Outlookメニュー → 設定 → アカウント → +（左下）→ 新しいアカウント。',
        2: 'メールアドレスを入力して「続行」を選びます。',
        3: '開いたウィンドウで{{provider}}にサインインします。サーバーの設定を入力する必要はありません。',
      },
      other: {
        1: 'メールアプリで{{provider}}として（またはアドレスで）アカウントを追加し、求められたら{{provider}}でサインインします。サーバーを聞かれたら、下の値を入力します。',
      },
    },
  },
  batch: {
    'not-csv': 'ファイルをCSVとして読み込めません：{{error}}',
    'too-many-rows': '{{max}}行を超えています。ファイルを分割してください',
    'bad-address': '「{{value}}」：{{problem}}',
    'listed-twice': '{{email}}が2回出てきます。最初の行を使います',
    'no-settings': '{{email}}：{{domain}}の設定がありません（{{reason}}）',
    failed: '{{email}}：{{reason}}',
    'format-refused': '{{email}}：{{format}}なし：{{reason}}',
  },
};
