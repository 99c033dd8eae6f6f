// The visitor's session, persisted per publishable key as `zac:<pk>` -> { token, conversationId }.
// localStorage can throw (blocked third-party storage, Safari private mode): we then keep the
// session in memory, so the chat still works for the life of the page.

export interface StoredSession {
  token: string;
  conversationId?: string | null;
}

export interface SessionStore {
  get(): StoredSession | null;
  set(session: StoredSession): void;
  clear(): void;
}

export function createSessionStore(key: string): SessionStore {
  const name = `zac:${key}`;
  let memory: StoredSession | null = null;
  return {
    get() {
      try {
        const raw = localStorage.getItem(name);
        if (raw) {
          const parsed = JSON.parse(raw) as StoredSession;
          if (typeof parsed?.token === 'string') return parsed;
        }
        return memory;
      } catch {
        return memory;
      }
    },
    set(session) {
      memory = session;
      try {
        localStorage.setItem(name, JSON.stringify(session));
      } catch {
        // memory copy above is enough
      }
    },
    clear() {
      memory = null;
      try {
        localStorage.removeItem(name);
      } catch {
        // nothing persisted
      }
    },
  };
}
