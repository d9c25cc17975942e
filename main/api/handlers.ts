import type { Handlers } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/errors';
import type { Platform } from '../platform/platform';
import { isAllowedExternalUrl } from '../security/external-url';
import type { ExportService } from '../services/export/export-service';
import type { PlanService } from '../services/plan-service';

export interface Services {
  plan: PlanService;
  exports: ExportService;
}

export interface AppIdentity {
  version: string;
}

/** The implementation of every contract method, shared by both transports. Arguments arrive parsed. */
export function createHandlers(services: Services, platform: Platform, app: AppIdentity): Handlers {
  return {
    getPlan: () => services.plan.snapshot(),
    applyChange: (change) => services.plan.apply(change),
    getAppInfo: () => ({ version: app.version, planLocation: services.plan.location, shell: platform.shell }),
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) throw new ApiError('invalid-argument', 'Only https web addresses and email links can be opened.');
      await platform.openExternal(url);
    },
    exportAchievements: (options, format) => services.exports.exportAchievements(options, format),
  };
}
