export { DEMO_ADMIN_EMAIL, type DemoAdmin } from './demo-admin.ts';
export { openSeededDemoCompany } from './demo-company-template.ts';
export {
  type DemoCompanyHandle,
  type RunningSystem,
  type SystemOptions,
  startSystem,
} from './start-system.ts';
