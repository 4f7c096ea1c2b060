export {
  listenPortalEvents,
  type PortalEventHandlers,
  type PortalEventSource,
} from './listen-portal-events.ts';
export {
  decodePortalEvent,
  encodePortalEvent,
  PORTAL_EVENTS_CHANNEL,
  type PortalEvent,
  publishPortalEvent,
} from './portal-event.ts';
export {
  openPortalEventHub,
  type PortalEventHub,
  type PortalEventSubscriber,
} from './portal-event-hub.ts';
