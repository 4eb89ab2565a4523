import type { SandboxConfig } from '../config/sandbox-config.ts';
import type { PairRateLimiter, RateLimiter } from '../core/rate-limiter.ts';
import type { SandboxCore } from '../core/sandbox-core.ts';
import type { TemplateStore } from '../core/template-store.ts';
import type { SandboxStore } from '../store/sandbox-store.ts';

/** What every route handler can reach. */
export interface RequestContext {
  config: SandboxConfig;
  core: SandboxCore;
  store: SandboxStore;
  templates: TemplateStore;
  limiters: { cloud: RateLimiter; onprem: RateLimiter; cloudPairs: PairRateLimiter };
  /** `http://127.0.0.1:<port>`: the sandbox's own origin, for URLs it hands out. */
  origin(): string;
}
