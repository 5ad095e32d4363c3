import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { main } from '../../../../main/cli/main';

/** Runs the CLI in this process with captured output; only what needs no network. */
async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
  Object.assign(process.env, { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env });
  const out = new PassThrough();
  const err = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  (err as unknown as PassThrough).on('data', (d: Buffer) => (stderr += d));
  try {
    const code = await main(args, out, err);
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test('help is generated from the catalog, in English by default and in the locale or --lang language', async () => {
  const en = await cli(['--help']);
  assert.equal(en.code, 0);
  assert.match(en.stdout, /^Usage: mailsetup <command> \[options\]/);
  assert.match(en.stdout, /discover <email> \[options\] +find, prove and explain/);
  const zh = await cli(['export', '--help'], { LANG: 'zh_CN.UTF-8' });
  assert.equal(zh.code, 0);
  assert.match(zh.stdout, /^用法： mailsetup export <邮箱地址>/);
  assert.match(zh.stdout, /导出选项：/);
  assert.match(zh.stdout, /退出码：/);
  const chosen = await cli(['--lang', 'en', 'diagnose', '--help'], { LANG: 'zh_CN.UTF-8' });
  assert.match(chosen.stdout, /^Usage: mailsetup diagnose/, '--lang wins over the locale');
  const none = await cli([]);
  assert.equal(none.code, 64);
  assert.match(none.stdout, /Commands:/);
});

test('usage errors: one line "mailsetup: …" in the chosen language, the command\'s help after it, exit 64', async () => {
  for (const [args, line] of [
    [['frobnicate'], 'mailsetup: unknown command "frobnicate"'],
    [['discover'], 'mailsetup: missing the argument <email>'],
    [['discover', 'a@b.test', '--bogus'], 'mailsetup: unknown option --bogus'],
    [['discover', 'a@b.test', '--dns'], 'mailsetup: the option --dns needs a value'],
    [['discover', 'not-an-address'], 'mailsetup: An email address needs an @ between the name and the domain.'],
    [
      ['discover', 'a@b.test', '--dns', 'dns.example'],
      'mailsetup: --dns wants an IP address with an optional port (IP[:PORT]), not "dns.example"',
    ],
    [
      ['export', 'a@b.test', '--format', 'word'],
      'mailsetup: unknown format word; choose from thunderbird, thunderbird-isp, thunderbird-import, thunderbird-policies, apple, outlook, outlook-prf, json, summary, summary-html, and dns, all',
    ],
    [['diagnose', 'a@b.test', '--format', '__proto__'], 'mailsetup: --format is text, html or json'],
    [['discover', 'a@b.test', '--lang', 'tlh'], 'mailsetup: unknown language tlh; choose from en, zh-CN, de, es, fr, and ja'],
  ] as const) {
    const run = await cli([...args]);
    assert.equal(run.code, 64, `${args.join(' ')}: ${run.stderr}`);
    assert.equal(run.stderr.split('\n')[0], line);
  }
  const zh = await cli(['discover', 'not-an-address', '--lang', 'zh-CN']);
  assert.equal(zh.stderr.split('\n')[0], 'mailsetup：邮箱地址需要在用户名和域名之间有一个 @。');
  assert.match(zh.stderr, /用法：/);
  // The new languages, by --lang and by the locale the system gives.
  const de = await cli(['discover', 'not-an-address', '--lang', 'de']);
  assert.equal(de.stderr.split('\n')[0], 'mailsetup: Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain.');
  assert.match(de.stderr, /Aufruf:/);
  const fr = await cli(['discover', 'not-an-address'], { LANG: 'fr_CA.UTF-8' });
  assert.equal(fr.stderr.split('\n')[0], 'mailsetup\u00a0: Une adresse e-mail a besoin d’un @ entre le nom et le domaine.');
  const es = await cli(['discover', 'a@b.test', '--bogus'], { LC_MESSAGES: 'es_MX.UTF-8' });
  assert.equal(es.stderr.split('\n')[0], 'mailsetup: opción desconocida --bogus');
  const ja = await cli(['discover'], { LC_ALL: 'ja_JP.UTF-8' });
  assert.equal(ja.stderr.split('\n')[0], 'mailsetup：引数<email>がありません');
  assert.match(ja.stderr, /使い方：/);
});

test('a file that cannot be read exits 74 with the file named', async () => {
  const run = await cli(['batch', '/nonexistent/users.csv', '--format', 'apple', '--out', '/tmp/nowhere']);
  assert.equal(run.code, 74);
  assert.equal(run.stderr, 'mailsetup: cannot read the user list /nonexistent/users.csv: ENOENT\n');
});
