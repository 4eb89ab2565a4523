import { DatabaseSync } from 'node:sqlite';
import type { DedupeClaimResult, DedupeStore } from '@wa/webhooks';

/** A {@link DedupeStore} in a SQLite file that survives the process (and is shared by processes on one host). */
export interface SqliteDedupeStore extends DedupeStore {
  claim(key: string, owner: string, leaseMs: number): DedupeClaimResult;
  commit(key: string, owner: string, retentionMs: number): void;
  release(key: string, owner: string): void;
  close(): void;
}

interface Row {
  owner: string;
  state: 'lease' | 'done';
  expires_at: number;
}

/**
 * Opens (or creates) a persistent dedupe store in `path`. Every operation is one `BEGIN IMMEDIATE`
 * transaction, so two processes cannot both claim a key.
 */
export function openSqliteDedupeStore(path: string, now: () => number = Date.now): SqliteDedupeStore {
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
  db.exec(
    'CREATE TABLE IF NOT EXISTS dedupe (key TEXT PRIMARY KEY, owner TEXT NOT NULL, state TEXT NOT NULL, expires_at INTEGER NOT NULL)',
  );
  const select = db.prepare('SELECT owner, state, expires_at FROM dedupe WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO dedupe (key, owner, state, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET owner = excluded.owner, state = excluded.state, expires_at = excluded.expires_at',
  );
  const remove = db.prepare("DELETE FROM dedupe WHERE key = ? AND owner = ? AND state = 'lease'");
  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };
  return {
    claim(key, owner, leaseMs) {
      return transaction(() => {
        const time = now();
        const row = select.get(key) as Row | undefined;
        if (row !== undefined && row.expires_at > time) {
          if (row.state === 'done') return 'duplicate';
          if (row.owner !== owner) return 'in-progress';
        }
        upsert.run(key, owner, 'lease', time + leaseMs);
        return 'claimed';
      });
    },
    commit(key, owner, retentionMs) {
      transaction(() => {
        const time = now();
        const row = select.get(key) as Row | undefined;
        if (row?.state === 'lease' && row.owner !== owner && row.expires_at > time) return;
        upsert.run(key, owner, 'done', time + retentionMs);
      });
    },
    release(key, owner) {
      remove.run(key, owner);
    },
    close() {
      db.close();
    },
  };
}
