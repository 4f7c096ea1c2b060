export {
  type DemoCompanyHandle,
  type RunningSystem,
  type SystemOptions,
  startSystem,
} from './start-system.ts';
