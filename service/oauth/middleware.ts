import type { KoaContextWithOIDC } from 'oidc-provider';

/** A Koa middleware mounted on oidc-provider with `provider.use`. */
export type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;
