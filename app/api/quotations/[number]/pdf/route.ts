import { json, withViewer } from "@/server/http";
import { quotationPdf } from "@/server/services/quotation-pdf";

export const dynamic = "force-dynamic";

/** One of the viewer's quotations as a PDF file (server/services/quotation-pdf.ts); anyone else's is a 404. */
export function GET(_req: Request, { params }: { params: Promise<{ number: string }> }) {
  return withViewer(async (viewer) => {
    const { number } = await params;
    const pdf = await quotationPdf(viewer, decodeURIComponent(number));
    if (!pdf) return json({ error: "not_found" }, { status: 404 });
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pdf.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
