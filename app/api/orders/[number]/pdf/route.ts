import { download, withViewer } from "@/server/http";
import { orderPdf } from "@/server/services/order-pdf";

export const dynamic = "force-dynamic";

/** One of the viewer's orders as a PDF file (server/services/order-pdf.ts); anyone else's is a 404. */
export function GET(_req: Request, { params }: { params: Promise<{ number: string }> }) {
  return withViewer(
    async (viewer) => {
      const { number } = await params;
      return download(await orderPdf(viewer, decodeURIComponent(number)), "application/pdf");
    },
    { privilege: "orders.view" },
  );
}
