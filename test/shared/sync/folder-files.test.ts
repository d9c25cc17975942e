import fc from 'fast-check';
import { classifyFolderFile, DEVICE_ID_PATTERN, deviceFileName, deviceIdFromBytes } from '../../../shared/sync/folder-files';

const ID = 'abcdefghijkmnpq2';

describe('what a file in the sync folder is', () => {
  it('knows a device file by its exact name', () => {
    expect(classifyFolderFile(deviceFileName(ID))).toEqual({ kind: 'device', deviceId: ID });
  });

  it('knows the conflict copies the sync services make, in any wording', () => {
    for (const name of [
      `plan.${ID} (conflicted copy 2026-12-01).json`, // Dropbox
      `plan.${ID} (Alex Morgan's conflicted copy 2026-12-01).json`, // Dropbox, shared folder
      `plan.${ID} (Konfliktkopie 2026-12-01).json`, // a translated wording
      `plan.${ID} (1).json`, // Google Drive, Windows copies
      `plan.${ID} 2.json`, // iCloud Drive
      `plan.${ID}-LAPTOP-7Q2.json`, // OneDrive adds the computer's name
      `plan.${ID}.sync-conflict-20261201-101500-ABCDEFG.json`, // Syncthing
    ]) {
      expect(classifyFolderFile(name), name).toEqual({ kind: 'conflict-copy', deviceId: ID });
    }
  });

  it('knows iCloud’s not-yet-downloaded stand-in, and leaves everything else alone', () => {
    expect(classifyFolderFile(`.plan.${ID}.json.icloud`)).toEqual({ kind: 'placeholder', deviceId: ID });
    for (const name of [`plan.${ID}.json.tmp-4242-0a1b2c3d`, `plan.${ID}.json.json`, 'plan.json', 'notes.json', `plan.${ID}x.json`, `plan.${ID.toUpperCase()}.json`, `Plan.${ID}.json`, 'desktop.ini', '.DS_Store']) {
      expect(classifyFolderFile(name), name).toEqual({ kind: 'other' });
    }
  });

  it('makes device ids from random bytes that always fit the pattern', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        expect(deviceIdFromBytes(bytes)).toMatch(DEVICE_ID_PATTERN);
      }),
    );
    expect(deviceIdFromBytes(new Uint8Array(10))).toBe('aaaaaaaaaaaaaaaa');
    expect(() => deviceIdFromBytes(new Uint8Array(4))).toThrow(RangeError);
    expect(() => deviceFileName('../../etc')).toThrow(RangeError);
  });
});
