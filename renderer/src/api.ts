import type { MailSetupApi } from '../../shared/ipc/channels';

declare global {
  interface Window {
    mailSetup: MailSetupApi;
  }
}

/** The preload's narrow API: the renderer's only way to the engine. */
export function api(): MailSetupApi {
  return window.mailSetup;
}
