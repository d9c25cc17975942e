import { performance } from 'node:perf_hooks';
import { bridgePlatform } from '../../main/bridge/bridge-platform';
import { AtsService } from '../../main/services/ats/ats-service';
import { ExportService } from '../../main/services/export/export-service';
import { systemClock } from '../../main/services/clock';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/cv/export/options';
import type { AtsFormat } from '../../shared/ipc/ats';
import type { Plan } from '../../shared/model';

/**
 * The ATS self-check's speed (issue 16) for a plan of 500 achievements: the whole check as the Export
 * screen runs it (render the file as an export would, read it back, run the checklist), for the DOCX and
 * for the PDF (printed by the bridge's Chromium, read by pdf.js). The first run of each warms up.
 */
export interface AtsSamples {
  achievements: number;
  docx: number[];
  pdf: number[];
  pdfPages: number;
}

export async function benchAts(plan: Plan, { runs = 8 } = {}): Promise<AtsSamples> {
  const plans = { snapshot: () => ({ plan }) };
  const ats = new AtsService(plans, new ExportService(plans, bridgePlatform, systemClock), systemClock);
  const out: AtsSamples = { achievements: plan.achievements.length, docx: [], pdf: [], pdfPages: 0 };
  for (const format of ['docx', 'pdf'] as AtsFormat[]) {
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const report = await ats.check(DEFAULT_EXPORT_OPTIONS, format);
      const took = performance.now() - t0;
      if (report.checks.find((c) => c.id === 'bullets')?.ok !== true) throw new Error(`The ${format} self-check did not read every bullet back.`);
      if (format === 'pdf') out.pdfPages = report.pages.length;
      if (i > 0) out[format].push(took);
    }
  }
  return out;
}
