/**
 * The renderer's webPreferences: the page is untrusted content with no Node, in a sandbox, isolated from
 * the preload. Kept as plain data so a test pins every flag.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Off: on Windows and Linux Chromium downloads spelling dictionaries from Google, and the app makes no network requests.
    spellcheck: false,
  } as const;
}

/** Every permission the page might ask for (camera, notifications, geolocation ...) is refused. */
export function decidePermission(_permission: string): boolean {
  return false;
}
