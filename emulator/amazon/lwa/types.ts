/** The LWA client the stand-in accepts, and where it may send users back to. */
export interface LwaClient {
  clientId: string;
  clientSecret: string;
  /** Allowed return URLs; matched exactly. */
  redirectUris: string[];
  appName?: string;
}
