export {
  createMemoryServiceWindowStore,
  type MemoryServiceWindowStoreOptions,
  type ServiceWindowStore,
} from './service-window-store.ts';
export {
  createServiceWindowTracker,
  type InboundMessageRecord,
  SERVICE_WINDOW_MS,
  type ServiceWindowStatus,
  type ServiceWindowTracker,
  type ServiceWindowTrackerOptions,
} from './service-window-tracker.ts';
