import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../world/run-command';

/** Writes content to a fresh temporary file and returns its path. */
export async function tempFile(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mailsetup-export-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** libxml2's xmllint: fails on anything not well-formed; returns the text of an XPath expression. */
export async function xpath(xml: string, expression: string): Promise<string> {
  const path = await tempFile('doc.xml', xml);
  return (await runCommand('xmllint', ['--noout', path]).then(() => runCommand('xmllint', ['--xpath', expression, path]))).trim();
}

/** Python's plistlib reads the profile and hands it back as JSON (data fields as base64). */
export async function readPlist(content: string | Buffer): Promise<Record<string, unknown>> {
  const path = await tempFile('profile.plist', content);
  const script = `import plistlib, json, base64, sys
def enc(v):
    if isinstance(v, bytes): return {"$data": base64.b64encode(v).decode()}
    if isinstance(v, dict): return {k: enc(x) for k, x in v.items()}
    if isinstance(v, list): return [enc(x) for x in v]
    return v
with open(sys.argv[1], "rb") as f: print(json.dumps(enc(plistlib.load(f)), ensure_ascii=False))`;
  return JSON.parse(await runCommand('python3', ['-c', script, path])) as Record<string, unknown>;
}
