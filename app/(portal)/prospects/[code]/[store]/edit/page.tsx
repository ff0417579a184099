import type { Metadata } from "next";
import { EditRegistrationPage, registrationTitle } from "@/app/(portal)/_registration/pages";

type Params = Promise<{ code: string; store: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: await registrationTitle("prospect", await params) };
}

/** Change one of the viewer's prospects, from the ERP's current record (its stamp guards the change). */
export default async function Page({ params }: { params: Params }) {
  const { code, store } = await params;
  return <EditRegistrationPage entity="prospect" code={code} store={store} />;
}
