import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph } from 'docx';
import { chromium } from 'playwright-core';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/cv/export/formats';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/cv/export/options';
import { PlanSchema, type Plan, type Role } from '../../shared/model';
import { collectEffects, bridgePlatform } from '../../main/bridge/bridge-platform';
import { composeApp } from '../../main/compose';
import { ExportService } from '../../main/services/export/export-service';
import { systemClock } from '../../main/services/clock';
import { serializePlan } from '../../main/storage';
import { generatePlan, generatePlanOfBytes } from '../../test/support/plan-generator';

/**
 * The Node side of `npm run bench`, bundled by bench/run.mjs with Vite (zod, docx and the services
 * inlined; playwright-core stays external). Each task returns raw samples in milliseconds; run.mjs
 * turns them into medians and p90s.
 */

export { BridgeProcess } from '../../test/e2e/support/bridge';
export { BENCH_PLAN_SIZES } from '../../test/support/plan-generator';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Write the plan of `items` items as the app writes its file, into `<dir>/plan.json`; returns its size. */
export function writePlanFile(dir: string, items: number, seed = 1): { bytes: number; milestoneRows: number } {
  const plan = generatePlan({ items, seed });
  const json = serializePlan(plan);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan.json'), json);
  return { bytes: Buffer.byteLength(json), milestoneRows: plan.milestones.length };
}

export interface SaveSamples {
  planBytes: number;
  items: number;
  /** PlanService.apply (the change, validated) + flush (the durable write), per edit. */
  service: number[];
  /** open + write + fsync + close + rename of the same bytes. */
  raw: number[];
}

/**
 * Saving a plan of about `bytes` through the real PlanService and storage layer (composeApp, as the
 * app and the bridge wire it), each edit a different milestone, against a raw durable write of the same
 * bytes. The two alternate, so both see the same disk and the same noise.
 */
export function benchSave(root: string, { bytes = 1024 * 1024, runs = 50, warmup = 5 } = {}): SaveSamples {
  const plan = generatePlanOfBytes(bytes, 11);
  const appDir = join(root, 'save-app');
  const rawDir = join(root, 'save-raw');
  mkdirSync(appDir, { recursive: true });
  mkdirSync(rawDir, { recursive: true });
  writeFileSync(join(appDir, 'plan.json'), serializePlan(plan));
  const { services } = composeApp({ dataDir: appDir, clock: systemClock, platform: bridgePlatform, version: 'bench', storage: { debounceMs: 0 } });
  const service = services.plan;
  const samples: SaveSamples = { planBytes: 0, items: countItems(plan), service: [], raw: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const target = service.current.milestones[i % service.current.milestones.length]!;
    const { createdAt: _c, updatedAt: _u, ...fields } = target;
    const t0 = performance.now();
    service.apply({ type: 'milestone.put', item: { ...fields, title: `${fields.title.slice(0, 150)} (edit ${i})` } });
    const flushed = service.flush();
    const t1 = performance.now();
    if (!flushed) throw new Error('The plan service did not save the plan.');

    const json = serializePlan(service.current);
    const payload = Buffer.from(json, 'utf8');
    const t2 = performance.now();
    rawDurableWrite(join(rawDir, 'plan.json'), payload);
    const t3 = performance.now();
    samples.planBytes = payload.length;
    if (i >= warmup) {
      samples.service.push(t1 - t0);
      samples.raw.push(t3 - t2);
    }
  }
  return samples;
}

function rawDurableWrite(target: string, bytes: Buffer): void {
  const temp = `${target}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset, null);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
}

export interface ExportSamples {
  achievements: number;
  /** `cold`: the first run, which loads modules and (PDF) starts Chromium; not in the samples. */
  formats: Record<ExportFormat, { service: number[]; bare: number[]; bytes: number; cold: { service: number; bare: number } }>;
}

/**
 * The export bench's plan: 500 achievements across a work history of 20 roles (one current, the rest
 * back to back, a year or two each, newest first), every achievement in a role, with contact details
 * and a summary, so exports carry everything a real CV does.
 */
export function exportBenchPlan(): Plan {
  const plan = generatePlan({ counts: { achievements: 500, skills: 40, certifications: 12 }, seed: 5 });
  const stamp = plan.createdAt;
  const roles: Role[] = Array.from({ length: 20 }, (_, i) => {
    const startYear = 2025 - i * 2;
    return {
      id: `role-${i + 1}`,
      organisation: `Organisation ${i + 1}`,
      title: i % 3 === 0 ? 'Project Manager' : i % 3 === 1 ? 'PMO Analyst' : 'Project Coordinator',
      location: i % 2 === 0 ? 'Leeds' : 'Manchester',
      startMonth: `${startYear}-03`,
      endMonth: i === 0 ? null : `${startYear + 2}-02`,
      current: i === 0,
      summary: i % 4 === 0 ? 'Ran the reporting and governance for a portfolio of 12 projects worth £4m.' : '',
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  return PlanSchema.parse({
    ...plan,
    profile: {
      ...plan.profile,
      email: 'sam.taylor@example.com',
      phone: '07700 900456',
      location: 'Leeds, UK',
      link: 'https://www.linkedin.com/in/sam-taylor',
      summary: 'Senior project manager moving into a PMO role.',
    },
    roles,
    achievements: plan.achievements.map((a, i) => ({ ...a, roleId: roles[i % roles.length]!.id })),
  });
}

/**
 * Exporting 500 achievements across 20 roles in every format through ExportService.exportAchievements,
 * as the bridge runs it (CV document, render, the download effect; PDF through the bridge's Chromium
 * printing), next to the bare minimum for the same format: the titles as lines of text, a JSON array, a
 * docx document of plain paragraphs, Chromium printing a plain list. Formats alternate service / bare
 * per run.
 */
export async function benchExports({ runs = 10, pdfRuns = 5 } = {}): Promise<ExportSamples> {
  const plan = exportBenchPlan();
  const exporter = new ExportService({ snapshot: () => ({ plan }) }, bridgePlatform, systemClock);
  const formats = {} as ExportSamples['formats'];
  for (const format of EXPORT_FORMATS) {
    const count = format === 'pdf' ? pdfRuns : runs;
    const entry = { service: [] as number[], bare: [] as number[], bytes: 0, cold: { service: NaN, bare: NaN } };
    for (let i = 0; i < count + 1; i++) {
      const t0 = performance.now();
      const { effects } = await collectEffects(() => exporter.exportAchievements(DEFAULT_EXPORT_OPTIONS, format));
      const t1 = performance.now();
      await bareExport(plan, format);
      const t2 = performance.now();
      const download = effects.find((effect) => effect.kind === 'download');
      if (!download || download.kind !== 'download') throw new Error(`The ${format} export produced no file.`);
      entry.bytes = Buffer.from(download.base64, 'base64').length;
      if (i === 0) {
        // The first run of each format warms up (module loading, Chromium's start): reported apart.
        entry.cold = { service: t1 - t0, bare: t2 - t1 };
      } else {
        entry.service.push(t1 - t0);
        entry.bare.push(t2 - t1);
      }
    }
    formats[format] = entry;
  }
  await bareBrowser?.then((browser) => browser.close());
  bareBrowser = null;
  return { achievements: plan.achievements.length, formats };
}

/** The bare printer keeps one Chromium for the run, as the bridge's printer does. */
let bareBrowser: ReturnType<typeof chromium.launch> | null = null;

async function bareExport(plan: Plan, format: ExportFormat): Promise<Uint8Array> {
  const titles = plan.achievements.map((a) => a.title);
  switch (format) {
    case 'txt':
      return new TextEncoder().encode(titles.map((t) => `- ${t}`).join('\n'));
    case 'md':
      return new TextEncoder().encode(`# Achievements\n\n${titles.map((t) => `- ${t}`).join('\n')}\n`);
    case 'json':
      return new TextEncoder().encode(JSON.stringify({ work: [{ highlights: titles }] }, undefined, 2));
    case 'docx':
      return Packer.toBuffer(new Document({ sections: [{ children: titles.map((t) => new Paragraph(t)) }] }));
    case 'pdf': {
      const browser = await (bareBrowser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS }));
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.setContent(`<ul>${titles.map((t) => `<li>${t}</li>`).join('')}</ul>`);
        return await page.pdf({ format: 'A4' });
      } finally {
        await context.close();
      }
    }
  }
}

function countItems(plan: Plan): number {
  return plan.milestones.length + plan.achievements.length + plan.skills.length + plan.certifications.length;
}

/** A temp folder for one bench run, removed by the caller. */
export function benchRoot(tmp: string): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmp, 'pmo-bench-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
export { benchListingText, benchListings, writeListingsPlanFile } from './listings';
export { benchInterview } from './interview';
export { benchCvRead, writeCvImportFiles } from './cv-import';
export { benchAts } from './ats';
export { benchSpelling } from './spelling';
export { benchSyncMerge } from './sync-merge';
