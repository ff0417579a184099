import { json, withViewer } from "@/server/http";
import { orderPdf } from "@/server/services/order-pdf";

export const dynamic = "force-dynamic";

/** One of the viewer's orders as a PDF file (server/services/order-pdf.ts); anyone else's is a 404. */
export function GET(_req: Request, { params }: { params: Promise<{ number: string }> }) {
  return withViewer(async (viewer) => {
    const { number } = await params;
    const pdf = await orderPdf(viewer, decodeURIComponent(number));
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
