import type { Handlers } from '../shared/ipc/contract';
import { createHandlers, type Services } from './api/handlers';
import type { Platform } from './platform/platform';
import type { Clock } from './services/clock';
import { ExportService } from './services/export/export-service';
import { PlanService } from './services/plan-service';
import { PlanTransferService } from './services/plan-transfer-service';
import { openDurablePlan, type DurablePlanOptions } from './storage';

export interface AppDependencies {
  /** The folder holding plan.json, backups/ and quarantine/: Electron's userData, or the bridge's data dir. */
  dataDir: string;
  clock: Clock;
  platform: Platform;
  version: string;
  /** Test seams of the storage layer (fs port, timers, debounce). */
  storage?: Partial<Omit<DurablePlanOptions, 'dataDir' | 'onError' | 'onSaved'>>;
}

export interface ComposedApp {
  services: Services;
  handlers: Handlers;
}

/** Wires the storage layer, the services and the contract handlers; the same in Electron's main and the bridge. */
export function composeApp(deps: AppDependencies): ComposedApp {
  // The writer reports to PlanService, which exists only after the plan is loaded: late-bound callbacks.
  const late: { plan?: PlanService } = {};
  const durable = openDurablePlan({
    ...deps.storage,
    dataDir: deps.dataDir,
    now: deps.storage?.now ?? (() => deps.clock.now()),
    onError: (error) => (late.plan ? late.plan.reportSaveFailure(error) : console.error(`[pmo-pathway] ${error.message}`)),
    onSaved: () => late.plan?.reportSaved(),
  });
  const plan = (late.plan = new PlanService(durable, deps.clock));
  const services: Services = {
    plan,
    exports: new ExportService(plan, deps.platform, deps.clock),
    transfer: new PlanTransferService(plan, durable, deps.platform, deps.clock, deps.version),
  };
  return { services, handlers: createHandlers(services, deps.platform, { version: deps.version }) };
}
