import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, matchLanguage, NAMESPACES } from '../../../../shared/messages/languages';
import { createTranslator } from '../../../../shared/messages/translator';
import { CERT_PROBLEMS, OUTCOME_CODES } from '../../../../shared/model/outcome';
import { PASSWORD_NOTES } from '../../../../shared/model/provider';
import { SOURCE_KINDS } from '../../../../shared/model/sources';
import { EXPORT_FORMATS } from '../../../../shared/model/export-formats';
import { FINDING_KEYS, FINDINGS_WORDED_ELSEWHERE } from '../../../../shared/model/verdict';
import { EMAIL_PROBLEMS } from '../../../../shared/email/parse-email';
import { AUTH_PROBLEM_HELP } from '../../../../shared/model/auth-problem';
import { EXCHANGE_CONNECTIONS, MICROSOFT_LOOKUPS, MICROSOFT_MAILBOXES } from '../../../../shared/model/mailbox-facts';

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** Every leaf of a namespace: "code.OK" → text. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/** Keys grouped by their plural base: "found" → { one: …, other: … }; plain keys map to { '': text }. */
function grouped(node: unknown): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const [key, value] of leaves(node)) {
    const match = PLURAL.exec(key);
    const [base, form] = match ? [match[1], match[2]] : [key, ''];
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, value);
  }
  return out;
}

const params = (text: unknown) => new Set([...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));
const sorted = (set: Set<string>) => [...set].sort();

test('every language has exactly the keys of English, with the plural forms its own plural rules use', () => {
  const english = LANGUAGES.find((l) => l.code === 'en')!.catalog;
  for (const language of LANGUAGES) {
    const categories = new Set(new Intl.PluralRules(language.code).resolvedOptions().pluralCategories as string[]);
    for (const ns of NAMESPACES) {
      const reference = grouped(english[ns]);
      const translated = grouped(language.catalog[ns]);
      for (const [base, forms] of reference) {
        const where = `${language.code} ${ns}:${base}`;
        const own = translated.get(base);
        assert.ok(own, `${where} is missing`);
        const plural = !forms.has('');
        if (plural) assert.deepEqual(sorted(new Set(own.keys())), sorted(categories), `${where}: plural forms`);
        else assert.deepEqual([...own.keys()], [''], `${where}: not a plural`);
        for (const text of own.values()) assert.ok(typeof text === 'string' && text.trim() !== '', `${where} is empty`);
      }
      for (const base of translated.keys()) assert.ok(reference.has(base), `${language.code} ${ns}:${base} is not in English`);
    }
  }
});

test('every translation uses exactly the interpolation parameters of the English text', () => {
  const english = LANGUAGES.find((l) => l.code === 'en')!.catalog;
  for (const language of LANGUAGES.filter((l) => l.code !== 'en')) {
    for (const ns of NAMESPACES) {
      const reference = grouped(english[ns]);
      for (const [base, forms] of grouped(language.catalog[ns])) {
        const wanted = new Set([...reference.get(base)!.values()].flatMap((text) => [...params(text)]));
        for (const [form, text] of forms) {
          const got = params(text);
          // A singular form may say "one" instead of {{count}}; every other parameter must be there.
          const expected = form === 'one' ? new Set([...wanted].filter((p) => p !== 'count' || got.has('count'))) : wanted;
          assert.deepEqual(sorted(got), sorted(expected), `${language.code} ${ns}:${base}${form ? `_${form}` : ''}`);
        }
      }
    }
  }
});

test('the lists of the model all have their words, in every language', () => {
  for (const { code } of LANGUAGES) {
    const t = createTranslator(code);
    const keys = [
      ...OUTCOME_CODES.flatMap((c) => [`outcome:code.${c}`, `outcome:short.${c}`]),
      ...CERT_PROBLEMS.flatMap((p) => [`outcome:certProblem.${p}`, `outcome:certLabel.${p}`]),
      ...PASSWORD_NOTES.map((n) => `source:note.${n}`),
      ...SOURCE_KINDS.flatMap((s) => [`source:name.${s}`, `choice:source.${s}`]),
      ...EXPORT_FORMATS.flatMap((f) => [`export:label.${f}`, `export:guide.${f}`, `export:app.${f}`]),
      ...FINDING_KEYS.filter((k) => !FINDINGS_WORDED_ELSEWHERE.includes(k)).map((k) => `finding:${k}`),
      ...EMAIL_PROBLEMS.map((p) => `email:problem.${p}`),
      // Every piece of advice that has a help link has its words: the general one and each provider's own.
      ...Object.entries(AUTH_PROBLEM_HELP).flatMap(([kind, help]) =>
        ['general', ...Object.keys(help.variants)].map((variant) => `outcome:authProblem.${kind}.${variant}`),
      ),
      ...EXCHANGE_CONNECTIONS.map((c) => `signin:microsoft365.app.${c}`),
      ...MICROSOFT_LOOKUPS.map((l) => `signin:microsoft365.evidence.${l}`),
      ...[...MICROSOFT_MAILBOXES, 'consumer'].map((m) => `signin:microsoft365.headline.${m}`),
    ];
    for (const key of keys) assert.ok(t.has(key), `${code}: ${key}`);
  }
});

test('Chinese texts use Chinese punctuation around Chinese words', () => {
  const chinese = LANGUAGES.find((l) => l.code === 'zh-CN')!.catalog;
  for (const ns of NAMESPACES) {
    for (const [key, text] of leaves(chinese[ns])) {
      const value = String(text);
      // A comma, colon, semicolon or full stop in ASCII right after a Chinese character is a slip.
      assert.doesNotMatch(value, /[\u4e00-\u9fff][,:;.!?](\s|$)/, `zh-CN ${ns}:${key}: ${value}`);
      assert.doesNotMatch(value, /[\u4e00-\u9fff]\s*\(|\)\s*[\u4e00-\u9fff]/, `zh-CN ${ns}:${key}: ASCII parentheses: ${value}`);
    }
  }
});

test('a plural form that also stands for other numbers than 1 says the number', () => {
  // French uses "one" for 0 as well: "1 connexion refusée" would be wrong for none, so the form needs {{count}}
  // wherever English says the number in its other form.
  const english = LANGUAGES.find((l) => l.code === 'en')!.catalog;
  for (const language of LANGUAGES) {
    const rules = new Intl.PluralRules(language.code);
    if ([0, 2, 1.5, 21, 101].every((n) => rules.select(n) !== 'one')) continue;
    for (const ns of NAMESPACES) {
      const reference = leaves(english[ns]);
      for (const [key, text] of leaves(language.catalog[ns])) {
        if (!key.endsWith('_one')) continue;
        const saysNumber = params(reference.get(key.replace(/_one$/, '_other'))).has('count');
        if (saysNumber) assert.match(String(text), /\{\{\s*count\s*\}\}/, `${language.code} ${ns}:${key}`);
      }
    }
  }
});

/** Every text of a language with its key, for the typography checks. */
function texts(code: string): [string, string][] {
  const catalog = LANGUAGES.find((l) => l.code === code)!.catalog;
  return NAMESPACES.flatMap((ns) =>
    [...leaves(catalog[ns])].map(([key, text]) => [`${code} ${ns}:${key}`, String(text)] as [string, string]),
  );
}

test('German quotes open with „ and close with “', () => {
  for (const [where, text] of texts('de')) {
    const opening = [...text.matchAll(/„/g)].length;
    const closing = [...text.matchAll(/“/g)].length;
    assert.equal(opening, closing, `${where}: ${text}`);
    // An English-style opening quote: “ right before a word, after a space or at the start.
    assert.doesNotMatch(text, /(^|\s)“\p{L}/u, `${where}: ${text}`);
  }
});

test('French puts a no-break space before : ; ? ! and inside « »', () => {
  for (const [where, text] of texts('fr')) {
    assert.doesNotMatch(text, /[ \t][:;?!]/, `${where}: an ordinary space before the sign: ${text}`);
    // A word right before the sign means the space is missing ("{{host}}:{{port}}" and "IP[:PORT]" are technical).
    assert.doesNotMatch(text, /\p{L}[;!?](\s|$)|\p{L}:\s/u, `${where}: no space before the sign: ${text}`);
    assert.doesNotMatch(text, /«(?!\u00a0)|(?<!\u00a0)»/, `${where}: « » without no-break spaces: ${text}`);
    assert.doesNotMatch(text, /[“”]/, `${where}: English quotes: ${text}`);
  }
});

test('Spanish questions and exclamations open with ¿ and ¡', () => {
  for (const [where, text] of texts('es')) {
    // Every sentence that ends in ? or ! opens with its inverted sign (a lone "?" is a placeholder, not a question).
    for (const [mark, opening] of [
      ['?', '¿'],
      ['!', '¡'],
    ]) {
      const closes = text.trim() === mark ? 0 : text.split(mark).length - 1;
      const opens = [...text.matchAll(new RegExp(opening, 'g'))].length;
      assert.equal(opens, closes, `${where}: ${text}`);
    }
    assert.doesNotMatch(text, /[“”]/, `${where}: English quotes: ${text}`);
  }
});

test('Japanese texts use full-width punctuation around Japanese words', () => {
  for (const [where, text] of texts('ja')) {
    const japanese = '[\\u3040-\\u30ff\\u4e00-\\u9fff]';
    assert.doesNotMatch(text, new RegExp(`${japanese}[,:;.!?](\\s|$)`), `${where}: ASCII punctuation: ${text}`);
    assert.doesNotMatch(text, new RegExp(`${japanese}\\s*\\(|\\)\\s*${japanese}`), `${where}: ASCII parentheses: ${text}`);
    assert.doesNotMatch(text, new RegExp(`${japanese} ${japanese}`), `${where}: a space between Japanese words: ${text}`);
    assert.doesNotMatch(text, /[“”"]\p{Script=Katakana}|[“”]/u, `${where}: quotes other than 「」: ${text}`);
  }
});

test('the CLI finds its language in the locale the system gives', () => {
  assert.equal(matchLanguage('zh_CN.UTF-8'), 'zh-CN');
  assert.equal(matchLanguage('zh-Hans-CN'), 'zh-CN');
  assert.equal(matchLanguage('en_GB.UTF-8'), 'en');
  assert.equal(matchLanguage('C'), 'en');
  assert.equal(matchLanguage('POSIX'), 'en');
  assert.equal(matchLanguage(undefined), 'en');
  assert.equal(matchLanguage('xx_YY'), 'en');
  assert.equal(matchLanguage('de_AT.UTF-8'), 'de');
  assert.equal(matchLanguage('es_MX.UTF-8'), 'es');
  assert.equal(matchLanguage('fr_CA'), 'fr');
  assert.equal(matchLanguage('ja_JP.eucJP'), 'ja');
  assert.equal(matchLanguage('ja-JP'), 'ja');
});
