/** Sync progress of one entity for the viewer's scope (initial load or diff). */
export type EntityStatus = {
  entity: string;
  loaded: boolean;
  pagesDone: number;
  pagesTotal: number;
  rows: number;
  lastSuccessAt: string | null;
  lastError: string | null;
};

export type SyncStatus = { running: boolean; ready: boolean; entities: EntityStatus[]; lastSuccessAt: string | null };
