// Fetched after the first screen (App.tsx, LazyNotifications): the container, its animation
// library and its stylesheet are not needed to paint it. A notification shown before it mounts
// waits in Mantine's store (the package is one module instance) and appears once it does.
import '@mantine/notifications/styles.css'

import { Notifications } from '@mantine/notifications'

export function AppNotifications() {
  return <Notifications position="bottom-right" />
}
