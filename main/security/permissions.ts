/** Every permission the page might ask for (camera, notifications, geolocation ...) is refused. */
export function decidePermission(_permission: string): boolean {
  return false;
}
