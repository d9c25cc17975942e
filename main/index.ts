import { app, BrowserWindow, dialog, Menu, powerMonitor, screen } from 'electron';
import path from 'node:path';
import type { AppCommand } from '../shared/commands';
import { forwardPlanEvents, forwardReminderEvents, forwardSyncEvents } from './api/plan-events';
import { composeApp } from './compose';
import { registerIpcHandlers, sendEvent } from './ipc/handle';
import { buildMenuTemplate } from './menu';
import { electronPlatform } from './platform/electron-platform';
import { electronLoginItem, electronNotifier, startedHidden } from './platform/electron-reminders';
import { electronSettingsOpener } from './platform/electron-settings';
import { electronUpdaterSource } from './platform/electron-updater';
import { registerAppScheme, serveRendererOnAppScheme } from './protocol';
import { isOwnAppUrl } from './security/app-origin';
import { devServerUrlFrom } from './security/dev-server-url';
import { systemClock } from './services/clock';
import { chokidarWatch } from './services/sync/chokidar-watch';
import { flushOnExit } from './storage';
import { CLOSE_DIALOG_BUTTONS, CLOSE_DIALOG_TEXT, closeChoiceOf, guardUnsavedChanges } from './unsaved-changes-guard';
import { createMainWindow, focusExistingWindow, lockDownSession, registerAppPreload } from './window';
import { openWindowStateStore, rememberWindowState, usableBounds } from './window-state';

// Lifecycle only: features live in services and registrars (ARCHITECTURE rule 5).

// Only an unpackaged development run may load (and trust) the electron-vite dev server.
const devServer = devServerUrlFrom(process.env, app.isPackaged);
if (devServer.ignoredBecause) console.warn(devServer.ignoredBecause);
const devServerUrl = devServer.url;
let mainWindow: BrowserWindow | null = null;

// Windows shows a notification only for an app with this id, the same as the installer's appId.
if (process.platform === 'win32') app.setAppUserModelId('org.pmopathway.app');

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the plan file; it is told to focus (below) and we leave without touching data.
  app.quit();
} else {
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  registerAppScheme();
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  lockDownSession();
  registerAppPreload(path.join(__dirname, '../preload/index.js'));
  serveRendererOnAppScheme(path.join(__dirname, '../renderer'));

  const { services, handlers, reminderScheduler } = composeApp({
    dataDir: app.getPath('userData'),
    clock: systemClock,
    platform: electronPlatform,
    version: app.getVersion(),
    settings: await electronSettingsOpener(),
    loginItem: electronLoginItem(),
    notifier: electronNotifier(),
    // Packaged only; electron-updater itself is loaded on the first check, never at start.
    updater: electronUpdaterSource(app),
    sync: { watch: chokidarWatch },
  });
  // Before the window asks for the plan: merge what arrived in the sync folder while the app was closed.
  services.sync.start();
  // Whatever ends the app, pending edits reach the disk first (the writer's flush is synchronous), and
  // then the sync folder (a synchronous pass too, when an edit is still waiting for it).
  const flush = () => {
    services.plan.flush();
    services.sync.flush();
  };
  app.on('before-quit', flush);
  app.on('will-quit', flush);
  powerMonitor.on('shutdown', flush);
  app.on('session-end' as 'quit', flush);
  flushOnExit({ flush: () => services.plan.flush() }, { onSignal: () => app.quit() });

  registerIpcHandlers(handlers, (frameUrl) => isOwnAppUrl(frameUrl, devServerUrl));
  const windowState = await openWindowStateStore();
  mainWindow = createMainWindow({
    devServerUrl,
    bounds: usableBounds(windowState.get('window')?.bounds, screen.getAllDisplays().map((display) => display.workArea)),
    openExternal: (url) => void electronPlatform.openExternal(url),
    hidden: startedHidden(process.argv),
  });
  if (windowState.get('window')?.maximized) mainWindow.maximize();
  rememberWindowState(mainWindow, windowState);
  mainWindow.on('closed', () => (mainWindow = null));

  const window = mainWindow;
  guardUnsavedChanges(window.webContents, {
    ask: () =>
      closeChoiceOf(
        dialog.showMessageBoxSync(window, { type: 'question', buttons: [...CLOSE_DIALOG_BUTTONS], defaultId: 0, cancelId: 2, noLink: true, ...CLOSE_DIALOG_TEXT }),
      ),
    requestSave: () => sendEvent(window.webContents, 'saveBeforeClose', {}),
    discardDrafts: () => services.drafts.discardAllForClose(),
  });

  forwardPlanEvents(services.plan, (event, payload) => {
    if (mainWindow) sendEvent(mainWindow.webContents, event, payload);
  });
  forwardReminderEvents(services.reminders, (event, payload) => {
    if (!mainWindow) return;
    // A clicked notification brings the window forward (also after a hidden start) at the item.
    if (event === 'openReminder') focusExistingWindow(mainWindow);
    sendEvent(mainWindow.webContents, event, payload);
  });
  reminderScheduler.start();
  forwardSyncEvents(services.sync, (event, payload) => {
    if (mainWindow) sendEvent(mainWindow.webContents, event, payload);
  });
  // Timers stop while the computer sleeps: check at once on waking rather than at the next minute.
  powerMonitor.on('resume', () => {
    reminderScheduler.resumed();
    // The sync service may have delivered files while we slept; watchers often miss those.
    services.sync.check();
  });
  const sendCommand = (command: AppCommand) => {
    if (mainWindow) sendEvent(mainWindow.webContents, 'menuCommand', { command });
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(sendCommand, process.platform === 'darwin')));
  services.updates.subscribe((state) => {
    if (mainWindow) sendEvent(mainWindow.webContents, 'updateStatus', state);
  });
  // Checks at start only if the person said yes; otherwise nothing is loaded or sent (issue 17).
  services.updates.start();
}
