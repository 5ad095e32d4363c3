import type { ProviderInfo } from '../../shared/model/provider';
import type { Protocol, Security } from '../../shared/model/server';
import type { SourceKind } from '../../shared/model/sources';
import type { Trust } from '../../shared/model/trust';

/** A server suggestion, before probing. */
export interface CandidateSpec {
  protocol: Protocol;
  host: string;
  port: number;
  security: Security;
  /** Username template: %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% or a literal name. */
  username: string;
  /** The source said which login name the server takes (not a default): the other form is not tried. */
  usernameStated?: boolean;
  source: SourceKind;
  /** The URL, DNS record or host name the suggestion came from: data, never a sentence. */
  sourceDetail: string;
  trust: Trust;
  provider?: ProviderInfo;
  /** Lower is preferred among equals, e.g. an SRV record's priority and weight. */
  preference?: number;
}
