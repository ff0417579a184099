"use client";

import { useEffect, useId, useRef, useState } from "react";
import { MIN_SEARCH } from "@/lib/customer-query-options";

/**
 * Search as you type: debounced (250 ms), sent only from MIN_SEARCH characters (or when cleared),
 * with a hint that says why nothing happens yet.
 */
export function SearchField({
  label,
  hint,
  tooShortHint,
  value,
  onSearch,
}: {
  label: string;
  hint: string;
  tooShortHint: string;
  value: string;
  onSearch: (q: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  // The search this field last sent or was given: a value other than that comes from outside
  // ("clear filters", the back button) and replaces the text; a late echo of what was typed does not.
  const [known, setKnown] = useState(value);
  if (value !== known) {
    setKnown(value);
    setText(value);
  }
  const tooShort = text.trim().length > 0 && text.trim().length < MIN_SEARCH;
  const input = useRef<HTMLInputElement>(null);
  // What was typed into the server-rendered box before this code hydrated it (a phone on a slow
  // network types while the list's JavaScript is still arriving) is searched, not dropped: React
  // keeps the box's text at hydration but not in state.
  useEffect(() => {
    const typed = input.current?.value;
    if (typed !== undefined && typed !== text) setText(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at hydration
  }, []);

  useEffect(() => {
    const q = text.trim();
    if (q === value || (q.length > 0 && q.length < MIN_SEARCH)) return;
    const timer = setTimeout(() => {
      setKnown(q);
      onSearch(q);
    }, 250);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div>
      <label htmlFor={`${id}-q`} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-q-hint`}
        autoComplete="off"
        className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base"
      />
      <p id={`${id}-q-hint`} aria-live="polite" className="mt-1 text-sm text-slate-600">
        {tooShort ? tooShortHint : hint}
      </p>
    </div>
  );
}
