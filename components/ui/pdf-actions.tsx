"use client";

import { useState, useSyncExternalStore } from "react";
import { Button, linkButton } from "@/components/ui/button";

/**
 * Download a server-made PDF, and hand it to the phone's share sheet (Web Share API with the file)
 * where the browser can share files; elsewhere only the download shows.
 */
export function PdfActions({
  url,
  filename,
  labels,
}: {
  url: string;
  filename: string;
  labels: { download: string; share: string; sharing: string; shareFailed: string };
}) {
  // The server cannot know the browser: no share button until the page runs here.
  const canShare = useSyncExternalStore(noSubscription, canShareFiles, () => false);
  const [state, setState] = useState<"idle" | "sharing" | "failed">("idle");

  const share = async () => {
    setState("sharing");
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${res.status}`);
      const file = new File([await res.blob()], filename, { type: "application/pdf" });
      await navigator.share({ files: [file], title: filename });
      setState("idle");
    } catch (error) {
      // Closing the share sheet is the rep's choice, not a failure.
      setState(error instanceof DOMException && error.name === "AbortError" ? "idle" : "failed");
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <a href={url} download={filename} className={linkButton.secondary} data-testid="pdf-download">
        {labels.download}
      </a>
      {canShare ? (
        <Button type="button" variant="secondary" disabled={state === "sharing"} onClick={() => void share()}>
          {state === "sharing" ? labels.sharing : labels.share}
        </Button>
      ) : null}
      {state === "failed" ? (
        <p role="alert" className="text-sm text-amber-900">
          {labels.shareFailed}
        </p>
      ) : null}
    </div>
  );
}

const noSubscription = () => () => {};

function canShareFiles(): boolean {
  if (typeof navigator.canShare !== "function") return false;
  return navigator.canShare({ files: [new File([new Uint8Array()], "probe.pdf", { type: "application/pdf" })] });
}
