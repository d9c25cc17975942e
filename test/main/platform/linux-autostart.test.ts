import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTOSTART_FILE, autostartEntry, linuxAutostart } from '../../../main/platform/linux-autostart';

/** "Open PMO Pathway when I log in" on Linux: the freedesktop autostart entry, on real files. */
describe('linux autostart', () => {
  let dir: string;
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-autostart-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes an entry that starts the app hidden, and removing it turns it off', () => {
    const autostartDir = path.join(dir, 'autostart'); // not there yet: created on first use
    const login = linuxAutostart({ autostartDir, executable: '/opt/PMO Pathway/pmo-pathway', hiddenArg: '--hidden' });
    login.setOpenAtLogin(true);
    const entry = fs.readFileSync(path.join(autostartDir, AUTOSTART_FILE), 'utf8');
    expect(entry.split('\n')).toEqual(expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Exec="/opt/PMO Pathway/pmo-pathway" --hidden', 'X-GNOME-Autostart-enabled=true']));
    login.setOpenAtLogin(false);
    expect(fs.existsSync(path.join(autostartDir, AUTOSTART_FILE))).toBe(false);
    login.setOpenAtLogin(false); // already off: nothing to remove, no error
  });

  it('quotes the characters the Desktop Entry spec reserves inside quotes', () => {
    expect(autostartEntry('/home/a"b/$HOME/`x`\\y', '--hidden')).toContain('Exec="/home/a\\"b/\\$HOME/\\`x\\`\\\\y" --hidden');
  });

  it('a folder it cannot write says why (the settings service turns this into a message)', () => {
    const blocked = path.join(dir, 'file-not-folder');
    fs.writeFileSync(blocked, '');
    expect(() => linuxAutostart({ autostartDir: blocked, executable: '/usr/bin/pmo-pathway', hiddenArg: '--hidden' }).setOpenAtLogin(true)).toThrow(/EEXIST|ENOTDIR/);
  });
});
