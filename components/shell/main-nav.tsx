"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { usePopover } from "./use-popover";

export type NavLink = { href: string; label: string };

const linkClass = "inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-medium hover:bg-slate-100";

/**
 * The main navigation, every entry one tap away at any width. From 768 px the entries sit in the
 * toolbar and wrap onto a second line when a role has many (an administrator's eleven at 1024 px),
 * never cut off; below it a "Menu" button opens them as a full-width list of 44 px rows, closed by
 * a choice, Escape or a tap outside. The current section is marked for the eye and for readers.
 */
export function MainNav({ links, label, menuLabel }: { links: NavLink[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const { open, setOpen, root } = usePopover();
  const panelId = useId();
  const current = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  const item = (link: NavLink, extra: string) => (
    <Link
      key={link.href}
      href={link.href}
      aria-current={current(link.href) ? "page" : undefined}
      onClick={() => setOpen(false)}
      className={`${linkClass} ${extra} ${current(link.href) ? "bg-brand-50 text-brand-800" : "text-slate-800"}`}
    >
      {link.label}
    </Link>
  );
  return (
    <nav aria-label={label} className="flex min-w-0 flex-1">
      <div className="hidden min-w-0 flex-1 flex-wrap md:flex">{links.map((l) => item(l, ""))}</div>
      <div ref={root} className="md:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 font-semibold text-slate-900 hover:bg-slate-100"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M4 6h16M4 12h16M4 18h16" />
          </svg>
          {menuLabel}
        </button>
        <div
          id={panelId}
          hidden={!open}
          className="absolute inset-x-0 top-full z-20 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-slate-200 bg-white p-2 shadow-lg"
        >
          <div className="flex flex-col">{links.map((l) => item(l, "w-full text-base"))}</div>
        </div>
      </div>
    </nav>
  );
}
