"use client";

import { useEffect, useRef, useState } from "react";
import type { UseFieldArrayReturn } from "react-hook-form";
import { itemCode } from "@/lib/order-lines";
import type { LineValues } from "@/lib/types/order-entry";
import type { OrderFormValues } from "./form-values";

type Lines = UseFieldArrayReturn<OrderFormValues, "items", "rowKey">;

/**
 * A line just added is not scolded (after a send the form re-checks everything): its messages show
 * once the rep has left one of its fields, or at the next send. `added()` marks the line `append`
 * is about to add; `isFresh(rowKey)` says whether its messages are held back; `left(rowKey)` ends that.
 */
export function useFreshLines(fields: Lines["fields"], submitCount: number) {
  const adding = useRef(false);
  const [fresh, setFresh] = useState<{ rows: ReadonlySet<string>; submits: number }>({ rows: new Set(), submits: 0 });
  useEffect(() => {
    const last = fields[fields.length - 1];
    if (!adding.current || !last) return;
    adding.current = false;
    setFresh((f) => ({ rows: new Set([...f.rows, last.rowKey]), submits: submitCount }));
  }, [fields, submitCount]);
  const rows = fresh.submits === submitCount ? fresh.rows : new Set<string>();
  return {
    added: () => void (adding.current = true),
    isFresh: (rowKey: string) => rows.has(rowKey),
    left: (rowKey: string) =>
      rows.has(rowKey) && setFresh((f) => ({ ...f, rows: new Set([...f.rows].filter((r) => r !== rowKey)) })),
  };
}

/** "Remover item" acts at once, with an undo: the last line removed, until undone or another is removed. */
export function useLineRemoval(lines: (LineValues | undefined)[], { fields, remove, insert }: Lines) {
  const [removed, setRemoved] = useState<{ line: LineValues; index: number; code: string } | null>(null);
  return {
    removed,
    remove: (index: number) => {
      const line = lines[index];
      if (line) setRemoved({ line: { ...line }, index, code: itemCode(index) });
      remove(index);
    },
    undo: () => {
      if (!removed) return;
      insert(Math.min(removed.index, fields.length), removed.line);
      setRemoved(null);
    },
  };
}
