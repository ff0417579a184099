/**
 * Writes PGV notifications (A1S) for a seller: the rep's portal reads them through
 * `api/tgv/notifications`. Addressed to the seller's user (A3_CODUSR); a seller without a user
 * gets the notification under the user who acted (e.g. an administrator ordering for them).
 * A1S_STAMOV [defined here]: 1 insert, 2 update, 3 delete, 4 release / conversion / other movement.
 * A1S_TIPO: 1 order (this module's `notifySeller`), 3 quotation (quotations/notifications.ts).
 */
import { notificationText, type OrderEvent } from "./notification-texts";
import { orderTables, type Scope, type Sql } from "./tables";

const MOVEMENT: Record<string, string> = { insert: "1", update: "2", delete: "3" };

/** Who a notification is for and what it is about (A1S_CHAVE: the record's wire id, or the queue id). */
export type NotificationTarget = { seller: string; fallbackUser: string; orderKey: string; operation: string };

/** HH:MM:SS in Brasília time: A1S_HORA is shown to the rep as written. */
function timeOfDay(now: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "America/Sao_Paulo",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(now);
}

/** A type-1 (sales order) notification with the job's texts. */
export async function notifySeller(
  sql: Sql,
  scope: Scope,
  target: NotificationTarget,
  event: OrderEvent,
  today: string,
): Promise<void> {
  await writeNotification(sql, scope, target, { type: "1", ...notificationText(event) }, today);
}

/** One A1S row (next A1S_ID of the branch) for the seller's user. */
export async function writeNotification(
  sql: Sql,
  scope: Scope,
  target: NotificationTarget,
  note: { type: "1" | "2" | "3" | "4"; title: string; description: string },
  today: string,
): Promise<void> {
  const t = orderTables(scope.company);
  const user = (
    await sql.query<{ user: string }>(
      `SELECT trim(A3_CODUSR) AS user FROM ${t.SA3} WHERE A3_FILIAL = $1 AND A3_COD = $2 AND D_E_L_E_T_ = ' '`,
      [scope.branch, target.seller],
    )
  ).rows[0]?.user;
  const { title, description } = note;
  await sql.query(
    `INSERT INTO ${t.A1S} (A1S_FILIAL, A1S_ID, A1S_TITULO, A1S_DESCRI, A1S_TIPO, A1S_CODUSR, A1S_VEND, A1S_STATUS, A1S_STAMOV, A1S_DATA, A1S_HORA, A1S_CHAVE)
     SELECT $1, lpad((COALESCE(max(A1S_ID::bigint), 0) + 1)::text, 10, '0'), $2, $3, $10, $4, $5, '1', $6, $7, $8, $9
       FROM ${t.A1S} WHERE A1S_FILIAL = $1 AND A1S_ID ~ '^[0-9]+$'`,
    [
      scope.branch,
      title.slice(0, 80),
      description.slice(0, 250),
      user || target.fallbackUser,
      target.seller,
      MOVEMENT[target.operation] ?? "4",
      today,
      timeOfDay(new Date()),
      target.orderKey,
      note.type,
    ],
  );
}
