import { app, BrowserWindow, Menu } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { registerIpcHandlers, sendEvent } from './ipc/handle';
import type { AppCommand } from '../shared/commands';
import { composeApp } from './compose';
import { buildMenuTemplate } from './menu';
import { electronPlatform } from './platform/electron-platform';
import { registerAppScheme, serveRendererOnAppScheme } from './protocol';
import { isOwnAppUrl } from './security/app-origin';
import { systemClock } from './services/clock';
import { ConfPlanStorage, PLAN_STORE_OPTIONS } from './services/plan-storage';
import { createMainWindow, focusExistingWindow, lockDownSession } from './window';

// Lifecycle only: features live in services and registrars (ARCHITECTURE rule 5).

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the plan file; it is told to focus (below) and we leave without touching data.
  app.quit();
} else {
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  registerAppScheme();
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}

function start(): void {
  lockDownSession();
  serveRendererOnAppScheme(path.join(__dirname, '../renderer'));

  const { configName, ...storeOptions } = PLAN_STORE_OPTIONS;
  const location = path.join(app.getPath('userData'), `${configName}.${storeOptions.fileExtension}`);
  const storage = new ConfPlanStorage(() => new ElectronStore({ name: configName, ...storeOptions }), location);
  const { services, handlers } = composeApp({ storage, clock: systemClock, platform: electronPlatform, version: app.getVersion() });

  registerIpcHandlers(handlers, (frameUrl) => isOwnAppUrl(frameUrl, devServerUrl));
  mainWindow = createMainWindow({
    preloadPath: path.join(__dirname, '../preload/index.js'),
    devServerUrl,
    openExternal: (url) => void electronPlatform.openExternal(url),
  });
  mainWindow.on('closed', () => (mainWindow = null));
  const sendCommand = (command: AppCommand) => {
    if (mainWindow) sendEvent(mainWindow.webContents, 'menuCommand', { command });
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendCommand, process.platform === 'darwin')));
  services.plan.onChange((snapshot) => {
    if (mainWindow) sendEvent(mainWindow.webContents, 'planChanged', { revision: snapshot.revision });
  });
}
