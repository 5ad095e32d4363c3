import type { Translation } from '../catalog-shape';
import type { email as en } from '../en/email';

export const email: Translation<typeof en> = {
  problem: {
    empty: '请输入您的邮箱地址。',
    'no-at': '邮箱地址需要在用户名和域名之间有一个 @。',
    'no-local': '缺少 @ 前面的部分。',
    'two-at': '邮箱地址只能有一个 @。',
    'bad-local': '@ 前面的部分含有不允许的字符，或者太长。',
    'no-domain': '缺少 @ 后面的域名。',
    'bad-domain': '@ 后面的部分不是有效的域名（例如 example.com）。',
    'too-long': '这个邮箱地址太长了。',
  },
  ok: '格式正确：{{domain}}',
};
