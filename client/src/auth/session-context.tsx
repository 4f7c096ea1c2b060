import { createContext, type ReactNode, use, useSyncExternalStore } from 'react';
import type { SessionManager, SessionState } from './session-manager.ts';

const SessionContext = createContext<SessionManager | null>(null);

export function SessionProvider({
  manager,
  children,
}: {
  manager: SessionManager;
  children: ReactNode;
}) {
  return <SessionContext value={manager}>{children}</SessionContext>;
}

export function useSessionManager(): SessionManager {
  const manager = use(SessionContext);
  if (!manager) throw new Error('useSessionManager needs a SessionProvider');
  return manager;
}

/** The session's state; the component re-renders when it changes (in this tab or another). */
export function useSession(): SessionState {
  const manager = useSessionManager();
  return useSyncExternalStore(manager.subscribe, manager.getState);
}
