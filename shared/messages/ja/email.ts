import type { Translation } from '../catalog-shape';
import type { email as en } from '../en/email';

export const email: Translation<typeof en> = {
  problem: {
    empty: 'メールアドレスを入力してください。',
    'no-at': 'メールアドレスには、名前とドメインの間に@が必要です。',
    'no-local': '@より前の部分がありません。',
    'two-at': 'メールアドレスに@は1つだけです。',
    'bad-local': '@より前の部分に使えない文字が含まれているか、長すぎます。',
    'no-domain': '@より後ろのドメインがありません。',
    'bad-domain': '@より後ろのドメインが有効なドメイン名ではありません（例：example.com）。',
    'too-long': 'このメールアドレスは長すぎます。',
  },
  ok: '正しいようです：{{domain}}',
};
