import { createEmptyPlan, PLAN_SCHEMA_VERSION } from '../../../shared/model';
import { readDeviceFile, serializeDeviceFile, type DeviceFile } from '../../../shared/sync/device-file';
import { formatHlc } from '../../../shared/sync/hlc';
import { milestone, planWith } from '../../support/plan-builders';

const DEVICE = 'abcdefghijkmnpq2';
const stamp = formatHlc({ wallMs: 1_764_000_000_000, counter: 1, device: DEVICE });
const file = (): DeviceFile => ({
  device: { id: DEVICE, name: 'Home PC', appVersion: '0.2.0' },
  clock: stamp,
  plan: planWith({ milestones: [milestone({ id: 'm1', title: 'Shadow the PMO' })] }),
  sync: { stamps: { 'milestones:m1': stamp }, fieldStamps: {}, tombstones: [{ collection: 'skills', id: 's9', at: stamp }], seen: { [DEVICE]: stamp } },
});

describe('a device file in the sync folder', () => {
  it('round-trips: what one computer writes, the other reads whole', () => {
    const read = readDeviceFile(serializeDeviceFile(file()), 'plan.abcdefghijkmnpq2.json');
    expect(read).toEqual({ ok: true, file: file(), migratedFrom: null });
  });

  it('a file cut short is "not complete yet", at every length, never damage', () => {
    const text = serializeDeviceFile(file());
    for (const length of [0, 1, 10, Math.floor(text.length / 2), text.length - 1]) {
      expect(readDeviceFile(text.slice(0, length), 'Home PC')).toMatchObject({ ok: false, problem: 'unfinished' });
    }
  });

  it('a plan from a newer PMO Pathway is left for that version, with words naming the computer', () => {
    const newer = JSON.parse(serializeDeviceFile(file()));
    newer.plan.schemaVersion = PLAN_SCHEMA_VERSION + 1;
    expect(readDeviceFile(JSON.stringify(newer), 'x')).toEqual({ ok: false, problem: 'newer-version', words: `Home PC uses a newer PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1}). Update this one to see its changes.` });
  });

  it('anything else is passed over and left as it is', () => {
    expect(readDeviceFile(JSON.stringify({ format: 'pmo-pathway-plan', plan: createEmptyPlan('2026-12-02T09:00:00.000Z') }), 'a backup')).toMatchObject({ ok: false, problem: 'not-a-device-file' });
    const badStamp = JSON.parse(serializeDeviceFile(file()));
    badStamp.sync.stamps['milestones:m1'] = 'yesterday';
    expect(readDeviceFile(JSON.stringify(badStamp), 'x')).toMatchObject({ ok: false, problem: 'not-a-device-file' });
    const badPlan = JSON.parse(serializeDeviceFile(file()));
    badPlan.plan.milestones[0].title = '';
    expect(readDeviceFile(JSON.stringify(badPlan), 'x')).toMatchObject({ ok: false, problem: 'damaged', words: expect.stringContaining('The plan from Home PC could not be read') });
  });
});
