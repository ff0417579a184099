import { registrationEntities, type RegistrationEntity } from "@/lib/types/registration";
import { erpUnavailable, json, privilegeDenied, withViewer } from "@/server/http";
import { registrationQueueStatus } from "@/server/services/registration-queue";

export const dynamic = "force-dynamic";

const isEntity = (value: string): value is RegistrationEntity =>
  (registrationEntities as readonly string[]).includes(value);

/** Where one of the viewer's registration writes (customer, prospect, contact) is in the ERP's queue. */
export function GET(_req: Request, { params }: { params: Promise<{ entity: string; id: string }> }) {
  return withViewer(
    async (viewer) => {
      const { entity, id } = await params;
      if (!isEntity(entity)) return json({ error: "not_found" }, { status: 404 });
      const denied = await privilegeDenied(viewer, entity === "prospect" ? "prospects.view" : "customers.view");
      if (denied) return denied;
      try {
        const status = await registrationQueueStatus(viewer, entity, id);
        return status ? json(status) : json({ error: "not_found" }, { status: 404 });
      } catch (error) {
        return erpUnavailable(error, "registration_queue.unavailable");
      }
    },
    { background: true },
  );
}
