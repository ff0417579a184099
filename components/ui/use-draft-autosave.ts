"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "failed"; message: string };

const DEBOUNCE_MS = 700;
const localKey = (id: string) => `pgv-draft:${id}`;

/**
 * This device's copy of a draft not yet saved on the server (offline, tab closed before it synced),
 * if the server copy is still the one it was typed over (`savedAt`, the server's version). Versions,
 * not clocks: a phone's clock may be hours off the server's, so "newer" is never decided by time.
 */
export function localDraft(id: string, savedAt: string | null): unknown {
  try {
    const raw = window.localStorage.getItem(localKey(id));
    if (!raw) return null;
    const copy = JSON.parse(raw) as { base?: string | null; data: unknown };
    return (copy.base ?? null) === savedAt ? copy.data : null;
  } catch {
    return null;
  }
}

/** The version a save action answers with (`updatedAt` of the saved draft), when it has one. */
function serverVersion(data: unknown): string | null {
  return typeof data === "object" && data !== null && "updatedAt" in data && typeof data.updatedAt === "string"
    ? data.updatedAt
    : null;
}

/**
 * Saves a draft (an order, an enrolment) on the server as the rep types (debounced), and on this
 * device first: with the connection gone the device copy waits and is sent when it comes back; a
 * closed tab flushes. `send` is the draft's server action.
 */
export function useDraftAutosave(options: {
  draftId: string;
  /** The server copy's version the page started from (its `updatedAt`); null for a draft the server does not have yet. */
  savedAt?: string | null;
  send: (data: unknown) => Promise<ActionResult<unknown>>;
  enabled: boolean;
  data: () => unknown;
  onFirstSave?: () => void;
}) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  const saved = useRef(false);
  const latest = useRef(options);
  // The server copy this device's edits are typed over: moves with every save the server confirms.
  const base = useRef<string | null>(options.savedAt ?? null);
  useEffect(() => {
    latest.current = options;
  });

  const save = useCallback(async () => {
    const o = latest.current;
    if (!o.enabled || !dirty.current) return;
    const data = o.data();
    try {
      window.localStorage.setItem(localKey(o.draftId), JSON.stringify({ base: base.current, data }));
    } catch {
      /* storage full or disabled: the server copy still goes */
    }
    dirty.current = false;
    setState({ kind: "saving" });
    try {
      const result = await o.send(data);
      if (result.ok) {
        base.current = serverVersion(result.data) ?? base.current;
        window.localStorage.removeItem(localKey(o.draftId));
        setState({ kind: "saved", at: new Date() });
        if (!saved.current) {
          saved.current = true;
          o.onFirstSave?.();
        }
      } else if (result.code === "session_expired") {
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login?expired=1");
      } else {
        setState({ kind: "failed", message: result.error });
      }
    } catch {
      dirty.current = true;
      setState({ kind: "offline" });
    }
  }, []);

  const changed = useCallback(() => {
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
  }, [save]);

  useEffect(() => {
    const flush = () => {
      if (timer.current) clearTimeout(timer.current);
      void save();
    };
    const hidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("online", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [save]);

  const forget = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    window.localStorage.removeItem(localKey(latest.current.draftId));
  }, []);

  return { state, changed, flush: save, forget };
}
