import type { Metadata } from "next";
import { NewRegistrationPage, registrationTitle } from "@/app/(portal)/_registration/pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await registrationTitle("customer") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** New customer: a blank form, or a saved draft (`?draft=`). */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const { draft } = await searchParams;
  return <NewRegistrationPage entity="customer" draft={typeof draft === "string" ? draft : undefined} />;
}
