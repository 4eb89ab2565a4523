import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Which API a business message came in through. */
export type SandboxApi = 'cloud' | 'onprem';

/** Who wrote a message: the business (sent through an API) or the customer (typed in the UI). */
export type MessageDirection = 'business' | 'customer';

/** Delivery state of a message, as the sender sees it. */
export type MessageStatus = 'accepted' | 'sent' | 'delivered' | 'read' | 'failed';

/** A customer: one phone in the UI, one WhatsApp ID. */
export interface CustomerRecord {
  waId: string;
  name: string;
  createdAt: number;
}

/** One stored message, either direction. `body` is the request body (business) or webhook message (customer). */
export interface MessageRecord {
  id: string;
  waId: string;
  direction: MessageDirection;
  api: SandboxApi | null;
  type: string;
  body: Record<string, unknown>;
  status: MessageStatus;
  /** Unix seconds. */
  timestamp: number;
  contextId: string | null;
  error: { code: number; title: string } | null;
}

/** One stored media file. */
export interface MediaRecord {
  id: string;
  mimeType: string;
  sha256: string;
  fileSize: number;
  filename: string | null;
  data: Uint8Array;
  createdAt: number;
}

/** One webhook delivery attempt result, for the UI's log. */
export interface WebhookLogRecord {
  id: number;
  at: number;
  url: string;
  format: SandboxApi;
  summary: string;
  outcome: string;
  ok: boolean;
}

interface MessageRow {
  id: string;
  wa_id: string;
  direction: MessageDirection;
  api: SandboxApi | null;
  type: string;
  body: string;
  status: MessageStatus;
  timestamp: number;
  context_id: string | null;
  error: string | null;
}

const schema = `
CREATE TABLE IF NOT EXISTS customers (
  wa_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  wa_id TEXT NOT NULL,
  direction TEXT NOT NULL,
  api TEXT,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL,
  timestamp INTEGER NOT NULL,
  context_id TEXT,
  error TEXT
);
CREATE INDEX IF NOT EXISTS messages_by_customer ON messages (wa_id, seq);
CREATE TABLE IF NOT EXISTS media (
  id TEXT PRIMARY KEY,
  mime_type TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  filename TEXT,
  data BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS onprem_tokens (
  token TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS webhook_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  url TEXT NOT NULL,
  format TEXT NOT NULL,
  summary TEXT NOT NULL,
  outcome TEXT NOT NULL,
  ok INTEGER NOT NULL
);
`;

/** The customers a fresh sandbox starts with. */
export const seedCustomers: readonly { waId: string; name: string }[] = [
  { waId: '15551230001', name: 'Ana Souza' },
  { waId: '15551230002', name: 'Kenji Watanabe' },
];

function toMessage(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    waId: row.wa_id,
    direction: row.direction,
    api: row.api,
    type: row.type,
    body: JSON.parse(row.body) as Record<string, unknown>,
    status: row.status,
    timestamp: row.timestamp,
    contextId: row.context_id,
    error: row.error === null ? null : (JSON.parse(row.error) as { code: number; title: string }),
  };
}

/**
 * The sandbox's persistent state in an embedded SQLite database (`node:sqlite`): customers,
 * conversations, media, On-Premises login tokens, runtime settings and the webhook log.
 */
export class SandboxStore {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new DatabaseSync(path);
    if (path !== ':memory:') this.#db.exec('PRAGMA journal_mode = WAL;');
    this.#db.exec(schema);
    this.#seed();
  }

  #seed(): void {
    const row = this.#db.prepare('SELECT COUNT(*) AS count FROM customers').get() as { count: number };
    if (row.count > 0) return;
    for (const customer of seedCustomers) this.upsertCustomer(customer.waId, customer.name);
  }

  /** All customers, oldest first. */
  listCustomers(): CustomerRecord[] {
    const rows = this.#db
      .prepare('SELECT wa_id, name, created_at FROM customers ORDER BY created_at, rowid')
      .all() as { wa_id: string; name: string; created_at: number }[];
    return rows.map((row) => ({ waId: row.wa_id, name: row.name, createdAt: row.created_at }));
  }

  /** One customer, or undefined. */
  getCustomer(waId: string): CustomerRecord | undefined {
    const row = this.#db.prepare('SELECT wa_id, name, created_at FROM customers WHERE wa_id = ?').get(waId) as
      | { wa_id: string; name: string; created_at: number }
      | undefined;
    return row && { waId: row.wa_id, name: row.name, createdAt: row.created_at };
  }

  /** Adds a customer or renames an existing one; returns whether it was new. */
  upsertCustomer(waId: string, name: string): boolean {
    const existing = this.getCustomer(waId);
    if (existing) {
      this.#db.prepare('UPDATE customers SET name = ? WHERE wa_id = ?').run(name, waId);
      return false;
    }
    this.#db
      .prepare('INSERT INTO customers (wa_id, name, created_at) VALUES (?, ?, ?)')
      .run(waId, name, Date.now());
    return true;
  }

  /** Stores a message. */
  insertMessage(message: MessageRecord): void {
    this.#db
      .prepare(
        `INSERT INTO messages (id, wa_id, direction, api, type, body, status, timestamp, context_id, error)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        message.id,
        message.waId,
        message.direction,
        message.api,
        message.type,
        JSON.stringify(message.body),
        message.status,
        message.timestamp,
        message.contextId,
        message.error === null ? null : JSON.stringify(message.error),
      );
  }

  /** One message by ID. */
  getMessage(id: string): MessageRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
    return row && toMessage(row);
  }

  /** A customer's conversation in order. */
  listMessages(waId: string): MessageRecord[] {
    const rows = this.#db
      .prepare('SELECT * FROM messages WHERE wa_id = ? ORDER BY seq')
      .all(waId) as unknown as MessageRow[];
    return rows.map(toMessage);
  }

  /** Sets a message's status (and the error of a failure). */
  setStatus(id: string, status: MessageStatus, error: { code: number; title: string } | null = null): void {
    this.#db
      .prepare('UPDATE messages SET status = ?, error = ? WHERE id = ?')
      .run(status, error === null ? null : JSON.stringify(error), id);
  }

  /** Stores a media file. */
  insertMedia(media: MediaRecord): void {
    this.#db
      .prepare(
        'INSERT INTO media (id, mime_type, sha256, file_size, filename, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        media.id,
        media.mimeType,
        media.sha256,
        media.fileSize,
        media.filename,
        media.data,
        media.createdAt,
      );
  }

  /** One media file, or undefined. */
  getMedia(id: string): MediaRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM media WHERE id = ?').get(id) as
      | {
          id: string;
          mime_type: string;
          sha256: string;
          file_size: number;
          filename: string | null;
          data: Uint8Array;
          created_at: number;
        }
      | undefined;
    return (
      row && {
        id: row.id,
        mimeType: row.mime_type,
        sha256: row.sha256,
        fileSize: row.file_size,
        filename: row.filename,
        data: row.data,
        createdAt: row.created_at,
      }
    );
  }

  /** Deletes a media file; returns whether it existed. */
  deleteMedia(id: string): boolean {
    return Number(this.#db.prepare('DELETE FROM media WHERE id = ?').run(id).changes) > 0;
  }

  /** Records an On-Premises login token. */
  insertToken(token: string, expiresAt: number): void {
    this.#db.prepare('INSERT INTO onprem_tokens (token, expires_at) VALUES (?, ?)').run(token, expiresAt);
  }

  /** True when the On-Premises token exists and has not expired. */
  isTokenValid(token: string, now = Date.now()): boolean {
    const row = this.#db.prepare('SELECT expires_at FROM onprem_tokens WHERE token = ?').get(token) as
      | { expires_at: number }
      | undefined;
    return row !== undefined && row.expires_at > now;
  }

  /** Revokes an On-Premises token. */
  deleteToken(token: string): void {
    this.#db.prepare('DELETE FROM onprem_tokens WHERE token = ?').run(token);
  }

  /** A runtime setting (set by the UI or the On-Premises settings endpoint). */
  getSetting(key: string): string | undefined {
    const row = this.#db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return row?.value;
  }

  /** Sets (or, with `undefined`, clears) a runtime setting. */
  setSetting(key: string, value: string | undefined): void {
    if (value === undefined) this.#db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else this.#db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, value);
  }

  /** Appends to the webhook log (the newest 200 are kept). */
  logWebhook(entry: Omit<WebhookLogRecord, 'id'>): WebhookLogRecord {
    const result = this.#db
      .prepare('INSERT INTO webhook_log (at, url, format, summary, outcome, ok) VALUES (?, ?, ?, ?, ?, ?)')
      .run(entry.at, entry.url, entry.format, entry.summary, entry.outcome, entry.ok ? 1 : 0);
    this.#db.prepare('DELETE FROM webhook_log WHERE id <= ?').run(Number(result.lastInsertRowid) - 200);
    return { ...entry, id: Number(result.lastInsertRowid) };
  }

  /** The newest webhook log entries, oldest first. */
  listWebhookLog(limit = 100): WebhookLogRecord[] {
    const rows = this.#db
      .prepare('SELECT * FROM (SELECT * FROM webhook_log ORDER BY id DESC LIMIT ?) ORDER BY id')
      .all(limit) as {
      id: number;
      at: number;
      url: string;
      format: SandboxApi;
      summary: string;
      outcome: string;
      ok: number;
    }[];
    return rows.map((row) => ({ ...row, ok: row.ok === 1 }));
  }

  /** Forgets every conversation, media file and log entry; customers go back to the seed list. */
  reset(): void {
    this.#db.exec('DELETE FROM messages; DELETE FROM media; DELETE FROM webhook_log; DELETE FROM customers;');
    this.#seed();
  }

  /** Closes the database. */
  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }
}
