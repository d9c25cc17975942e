import fs from 'node:fs';
import type Conf from 'conf';

/**
 * Where the plan document lives. A port so PlanService never knows which engine stores it:
 * electron-store in the app, `conf` (the engine electron-store is built on, same file and options)
 * in the browser bridge and in tests.
 */
export interface PlanStorage {
  /** Absolute path of the plan file, shown to the person. */
  readonly location: string;
  /** The stored document, or `undefined` when no plan has been saved yet. Throws if it cannot be read. */
  read(): unknown;
  write(doc: unknown): void;
}

/** The options both engines are created with: the same file, and nothing that could wipe it. */
export const PLAN_STORE_OPTIONS = {
  configName: 'plan',
  fileExtension: 'json',
  // conf's default would silently replace an unreadable file with {}: a plan must never vanish.
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

/** Adapts a Conf (or ElectronStore, its subclass) to the port. Created lazily: Conf reads the file in its constructor. */
export class ConfPlanStorage implements PlanStorage {
  private store: Conf<Record<string, unknown>> | undefined;

  constructor(
    private readonly createStore: () => Conf<Record<string, unknown>>,
    readonly location: string,
  ) {}

  read(): unknown {
    if (!fs.existsSync(this.location)) return undefined;
    return this.open().store;
  }

  write(doc: unknown): void {
    this.open().store = doc as Record<string, unknown>;
  }

  private open(): Conf<Record<string, unknown>> {
    this.store ??= this.createStore();
    return this.store;
  }
}
