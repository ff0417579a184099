import { download, withViewer } from "@/server/http";
import { quotationPdf } from "@/server/services/quotation-pdf";

export const dynamic = "force-dynamic";

/** One of the viewer's quotations as a PDF file (server/services/quotation-pdf.ts); anyone else's is a 404. */
export function GET(_req: Request, { params }: { params: Promise<{ number: string }> }) {
  return withViewer(
    async (viewer) => {
      const { number } = await params;
      return download(await quotationPdf(viewer, decodeURIComponent(number)), "application/pdf");
    },
    { privilege: "quotations.view" },
  );
}
