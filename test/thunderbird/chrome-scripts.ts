/**
 * Functions that run inside Thunderbird (chrome context, through Thunderbird.run): each one calls
 * Thunderbird's own modules and returns plain JSON. They are JavaScript source on purpose: Thunderbird
 * evaluates them, so they must not go through the TypeScript compiler, which could add helpers they lack.
 */

/** One account as Thunderbird's account manager holds it, with its identity and SMTP server. */
export interface TbAccount {
  key: string;
  isDefault: boolean;
  server: {
    type: string;
    hostname: string;
    port: number;
    /** Thunderbird's name for it: plain, alwaysSTARTTLS, SSL. */
    socketType: string;
    /** Thunderbird's name for it: passwordCleartext, OAuth2, … */
    authMethod: string;
    username: string;
    prettyName: string;
    serverURI: string;
    loginAtStartup: boolean;
    doBiff: boolean;
    biffMinutes: number;
    leaveOnServer: boolean | null;
  };
  identities: {
    key: string;
    fullName: string;
    email: string;
    valid: boolean;
    fccFolderURI: string;
    draftsFolderURI: string;
    templatesFolderURI: string;
    smtp: {
      key: string;
      hostname: string;
      port: number;
      socketType: string;
      authMethod: string;
      username: string;
      description: string;
    } | null;
  }[];
}

export interface TbAccounts {
  accounts: TbAccount[];
  /** The SMTP servers in mail.smtpservers, by key. */
  smtpKeys: string[];
  defaultSmtpKey: string | null;
}

/** Every account the account manager loaded (Local Folders included, as type "none"). */
export const ACCOUNTS = `function () {
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  // Thunderbird's own names for its enum values (nsMsgSocketType, nsMsgAuthMethod).
  const nameIn = (enumeration, value) => Object.keys(enumeration).find((k) => enumeration[k] === value) || String(value);
  const socketType = (value) => nameIn(Ci.nsMsgSocketType, value);
  const authMethod = (value) => nameIn(Ci.nsMsgAuthMethod, value);
  const smtp = (identity) => {
    const out = MailServices.outgoingServer.getServerByIdentity(identity);
    if (!out) return null;
    const s = out.QueryInterface(Ci.nsISmtpServer);
    return { key: out.key, hostname: s.hostname, port: s.port, socketType: socketType(out.socketType),
      authMethod: authMethod(out.authMethod), username: out.username, description: out.description };
  };
  const defaultKey = MailServices.accounts.defaultAccount ? MailServices.accounts.defaultAccount.key : null;
  const accounts = MailServices.accounts.accounts.map((account) => {
    const s = account.incomingServer;
    return {
      key: account.key,
      isDefault: account.key === defaultKey,
      server: { type: s.type, hostname: s.hostname, port: s.port, socketType: socketType(s.socketType), authMethod: authMethod(s.authMethod),
        username: s.username, prettyName: s.prettyName, serverURI: s.serverURI, loginAtStartup: s.loginAtStartUp,
        doBiff: s.doBiff, biffMinutes: s.biffMinutes,
        leaveOnServer: s.type === "pop3" ? s.getBoolValue("leave_on_server") : null },
      identities: account.identities.map((id) => ({
        key: id.key, fullName: id.fullName, email: id.email, valid: id.valid, fccFolderURI: id.fccFolderURI,
        draftsFolderURI: id.draftsFolderURI, templatesFolderURI: id.templatesFolderURI,
        smtp: id.smtpServerKey ? smtp(id) : null,
      })),
    };
  });
  const defaultSmtp = MailServices.outgoingServer.defaultServer;
  return { accounts, smtpKeys: MailServices.outgoingServer.servers.map((s) => s.key),
    defaultSmtpKey: defaultSmtp ? defaultSmtp.key : null };
}`;

/**
 * Imports a profile backup ZIP exactly as Tools > Import > Import from a file > Import Backed-up Profile
 * does (aboutImport.js): validate, extract, startImport with the items the page ticks by default. Returns
 * whether the importer asks for the restart that the page then performs.
 */
export const IMPORT_PROFILE_ZIP = `async function (zipPath) {
  const { ThunderbirdProfileImporter } = ChromeUtils.importESModule("resource:///modules/ThunderbirdProfileImporter.sys.mjs");
  const importer = new ThunderbirdProfileImporter();
  const zip = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile);
  zip.initWithPath(zipPath);
  if (!importer.validateSource(zip)) throw new Error("Thunderbird does not take " + zipPath + " for a profile backup");
  const dir = await importer.extractZipFile(zip, () => {});
  try {
    const restartNeeded = await importer.startImport(dir, { ...importer.SUPPORTED_ITEMS });
    Services.prefs.savePrefFile(null);
    return restartNeeded;
  } finally {
    await IOUtils.remove(dir.path, { recursive: true });
  }
}`;

/** Whether Thunderbird's importer takes the file for a profile backup (the page's validateSource). */
export const VALIDATE_PROFILE_ZIP = `function (zipPath) {
  const { ThunderbirdProfileImporter } = ChromeUtils.importESModule("resource:///modules/ThunderbirdProfileImporter.sys.mjs");
  const zip = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile);
  zip.initWithPath(zipPath);
  return new ThunderbirdProfileImporter().validateSource(zip);
}`;

/** An AccountConfig as Thunderbird's account setup holds it after reading a clientConfig. */
export interface TbConfig {
  subSource: string;
  displayName: string;
  domains: string[];
  incoming: TbConfigServer;
  incomingAlternatives: TbConfigServer[];
  outgoing: TbConfigServer;
  outgoingAlternatives: TbConfigServer[];
  identity: { realname: string; emailAddress: string };
  rememberPassword: boolean;
}

export interface TbConfigServer {
  type: string;
  hostname: string;
  port: number;
  /** Thunderbird's names: plain, alwaysSTARTTLS, SSL. */
  socketType: string;
  /** Thunderbird's names: passwordCleartext, OAuth2, … */
  auth: string;
  username: string;
  password: string | null;
}

const CONFIG_TO_JSON = `(config) => {
    const nameIn = (enumeration, value) => Object.keys(enumeration).find((k) => enumeration[k] === value) || String(value);
    const server = (s) => ({ type: s.type, hostname: s.hostname, port: s.port, socketType: nameIn(Ci.nsMsgSocketType, s.socketType),
      auth: nameIn(Ci.nsMsgAuthMethod, s.auth), username: s.username, password: s.password || null });
    return { subSource: config.subSource, displayName: config.displayName, domains: config.domains,
      incoming: server(config.incoming), incomingAlternatives: config.incomingAlternatives.map(server),
      outgoing: server(config.outgoing), outgoingAlternatives: config.outgoingAlternatives.map(server),
      identity: { ...config.identity }, rememberPassword: !!config.rememberPassword };
  }`;

/**
 * Thunderbird's account setup on a clientConfig: FetchConfig.fromDisk looks up <install>/isp/<domain>.xml
 * and reads it with readFromXML; AccountConfig.replaceVariables then fills in the person's address and name,
 * as the account hub does before it creates the account.
 */
export const CONFIG_FROM_ISP_FOLDER = `async function (domain, email, realname) {
  const { FetchConfig } = ChromeUtils.importESModule("resource:///modules/accountcreation/FetchConfig.sys.mjs");
  const { AccountConfig } = ChromeUtils.importESModule("resource:///modules/accountcreation/AccountConfig.sys.mjs");
  const config = await FetchConfig.fromDisk(domain, new AbortController().signal);
  const raw = (${CONFIG_TO_JSON})(config);
  AccountConfig.replaceVariables(config, realname, email, undefined);
  return { raw, filled: (${CONFIG_TO_JSON})(config) };
}`;

/**
 * readFromXML on a document as the autoconfig fetch from a web server hands it over (DOM to JXON), then
 * replaceVariables.
 */
export const CONFIG_FROM_XML = `function (xmlText, email, realname) {
  const { readFromXML } = ChromeUtils.importESModule("resource:///modules/accountcreation/readFromXML.sys.mjs");
  const { JXON } = ChromeUtils.importESModule("resource:///modules/JXON.sys.mjs");
  const { AccountConfig } = ChromeUtils.importESModule("resource:///modules/accountcreation/AccountConfig.sys.mjs");
  const doc = new DOMParser().parseFromString(xmlText, "text/xml");
  const config = readFromXML(JXON.build(doc), "isp-https");
  AccountConfig.replaceVariables(config, realname, email, undefined);
  return (${CONFIG_TO_JSON})(config);
}`;

/**
 * Adds an account the way a person does in Thunderbird's account setup: a clientConfig read by readFromXML,
 * filled in by replaceVariables, created by CreateInBackend (which drives the account manager) and saved.
 */
export const ADD_ACCOUNT_LIKE_THE_WIZARD = `async function (xmlText, email, realname) {
  const { readFromXML } = ChromeUtils.importESModule("resource:///modules/accountcreation/readFromXML.sys.mjs");
  const { JXON } = ChromeUtils.importESModule("resource:///modules/JXON.sys.mjs");
  const { AccountConfig } = ChromeUtils.importESModule("resource:///modules/accountcreation/AccountConfig.sys.mjs");
  const { CreateInBackend } = ChromeUtils.importESModule("resource:///modules/accountcreation/CreateInBackend.sys.mjs");
  const config = readFromXML(JXON.build(new DOMParser().parseFromString(xmlText, "text/xml")), "disk");
  AccountConfig.replaceVariables(config, realname, email, undefined);
  config.outgoing.addThisServer = true;
  const account = await CreateInBackend.createAccountInBackend(config);
  Services.prefs.savePrefFile(null);
  return account.key;
}`;

/** Thunderbird's pref parser (the one that reads prefs.js and user.js) on a text; strings come back decoded. */
export const PARSE_PREFS = `function (text) {
  const prefs = [];
  const errors = [];
  const utf8 = (bytes) => new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
  Services.prefs.parsePrefsFromBuffer(new TextEncoder().encode(text), {
    onStringPref: (kind, name, value) => prefs.push({ kind, name: utf8(name), value: utf8(value) }),
    onIntPref: (kind, name, value) => prefs.push({ kind, name: utf8(name), value }),
    onBoolPref: (kind, name, value) => prefs.push({ kind, name: utf8(name), value }),
    onError: (message) => errors.push(message),
  });
  return { prefs, errors };
}`;

/** Values as Thunderbird's pref service returns them, for names given. */
export const READ_PREFS = `function (names) {
  const out = {};
  for (const name of names) {
    const type = Services.prefs.getPrefType(name);
    out[name] = type === Services.prefs.PREF_STRING ? Services.prefs.getStringPref(name)
      : type === Services.prefs.PREF_INT ? Services.prefs.getIntPref(name)
      : type === Services.prefs.PREF_BOOL ? Services.prefs.getBoolPref(name) : null;
  }
  return out;
}`;

/** Whether enterprise policies are active, and any policy errors Thunderbird recorded. */
export const POLICY_STATUS = `function () {
  return { active: Services.policies.status === Ci.nsIEnterprisePolicies.ACTIVE, status: Services.policies.status };
}`;

/** Trusts a CA certificate (PEM) in the profile's certificate store, as the certificate manager's import does. */
export const TRUST_CA = `function (pem) {
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\\s+/g, "");
  const certdb = Cc["@mozilla.org/security/x509certdb;1"].getService(Ci.nsIX509CertDB);
  certdb.addCertFromBase64(base64, "C,C,C");
  return true;
}`;

/** Thunderbird's own number for OAuth2 sign-in (nsMsgAuthMethod in MailNewsTypes2.idl, as compiled into this build). */
export const OAUTH2_AUTH_METHOD = `function () {
  return Ci.nsMsgAuthMethod.OAuth2;
}`;

/** Whether the certificate database trusts a certificate (PEM) as an authority for servers (TLS). */
export const CERTIFICATE_TRUSTED = `function (pem) {
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\\s+/g, "");
  const certdb = Cc["@mozilla.org/security/x509certdb;1"].getService(Ci.nsIX509CertDB);
  const cert = certdb.constructX509FromBase64(base64);
  return certdb.isCertTrusted(cert, Ci.nsIX509Cert.CA_CERT, Ci.nsIX509CertDB.TRUSTED_SSL);
}`;

/**
 * Thunderbird's own verification of a server certificate (PEM) for a host name, as its TLS connections do it: the
 * PR error code, 0 when the certificate is accepted.
 */
export const VERIFY_SERVER_CERTIFICATE = `async function (pem, host) {
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\\s+/g, "");
  const certdb = Cc["@mozilla.org/security/x509certdb;1"].getService(Ci.nsIX509CertDB);
  const cert = certdb.constructX509FromBase64(base64);
  return new Promise((resolve) =>
    certdb.asyncVerifyCertAtTime(cert, Ci.nsIX509CertDB.verifyUsageTLSServer, 0, host, Date.now() / 1000, [], (code) => resolve(code)),
  );
}`;

/**
 * Stores a password in Thunderbird's password manager under the origin its servers look it up by
 * (CreateInBackend's rememberPassword): imap://host, mailbox://host for POP3, smtp://host.
 */
export const REMEMBER_PASSWORD = `async function (origin, username, password) {
  const login = Cc["@mozilla.org/login-manager/loginInfo;1"].createInstance(Ci.nsILoginInfo);
  login.init(origin, null, origin, username, password, "", "");
  try {
    await Services.logins.addLoginAsync(login);
  } catch (e) {
    // Stored before (the same login on the same host): as CreateInBackend, keep it.
    if (!String(e.message).includes("This login already exists")) throw e;
  }
  return true;
}`;

export interface LoginOutcome {
  status: number;
  error: string | null;
}

/**
 * Thunderbird logs in for real with an account's settings and the password given (kept in memory only):
 * the incoming server's verifyLogon, which the account setup's ConfigVerifier runs, and Thunderbird's SMTP
 * client up to a successful AUTH (SmtpServer.verifyLogon waits for a DATA phase that never comes, so the
 * client is driven directly). Status 0 is success.
 */
export const VERIFY_LOGINS = `async function (accountKey, password, timeoutMs) {
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  const { SmtpClient } = ChromeUtils.importESModule("resource:///modules/SmtpClient.sys.mjs");
  const { setTimeout, clearTimeout } = ChromeUtils.importESModule("resource://gre/modules/Timer.sys.mjs");
  const account = MailServices.accounts.getAccount(accountKey);
  const within = (label, start) => new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: -1, error: label + ": no answer in " + timeoutMs + " ms" }), timeoutMs);
    const done = (outcome) => { clearTimeout(timer); resolve(outcome); };
    try { start(done); } catch (e) { done({ status: -2, error: label + ": " + e }); }
  });
  const incoming = account.incomingServer;
  incoming.password = password;
  const imapOrPop = await within("incoming", (done) => incoming.verifyLogon({
    QueryInterface: ChromeUtils.generateQI(["nsIUrlListener"]),
    OnStartRunningUrl() {},
    OnStopRunningUrl(url, status) {
      let error = null;
      try { error = url.QueryInterface(Ci.nsIMsgMailNewsUrl).errorMessage || null; } catch {}
      done({ status, error });
    },
  }, null));
  const outgoing = MailServices.outgoingServer.getServerByIdentity(account.defaultIdentity);
  outgoing.password = password;
  const smtp = await within("smtp", (done) => {
    const client = new SmtpClient(outgoing.wrappedJSObject);
    let authenticated = false;
    const authComplete = client._actionAUTHComplete.bind(client);
    client._actionAUTHComplete = (command) => { authenticated = !!command.success; authComplete(command); };
    client.onidle = () => {
      done(authenticated ? { status: 0, error: null } : { status: -3, error: "smtp: ready without logging in" });
      client.quit();
    };
    client.onerror = (nsError, message) => done({ status: nsError, error: "smtp: " + message });
    client.connect();
  });
  return { incoming: imapOrPop, smtp };
}`;

/** Removes an account the way Account Settings → Account Actions → Remove Account does. */
export const REMOVE_ACCOUNT = `function (accountKey) {
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  MailServices.accounts.removeAccount(MailServices.accounts.getAccount(accountKey), true);
  Services.prefs.savePrefFile(null);
  return true;
}`;
