import type { Handlers } from '../shared/ipc/contract';
import { createHandlers, type Services } from './api/handlers';
import type { Platform } from './platform/platform';
import type { Clock } from './services/clock';
import { ExportService } from './services/export/export-service';
import { PlanService } from './services/plan-service';
import type { PlanStorage } from './services/plan-storage';

export interface AppDependencies {
  storage: PlanStorage;
  clock: Clock;
  platform: Platform;
  version: string;
}

export interface ComposedApp {
  services: Services;
  handlers: Handlers;
}

/** Wires the services and the contract handlers; used unchanged by Electron's main and the browser bridge. */
export function composeApp(deps: AppDependencies): ComposedApp {
  const plan = new PlanService(deps.storage, deps.clock);
  const services: Services = { plan, exports: new ExportService(plan, deps.platform, deps.clock) };
  return { services, handlers: createHandlers(services, deps.platform, { version: deps.version }) };
}
