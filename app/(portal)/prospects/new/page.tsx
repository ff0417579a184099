import type { Metadata } from "next";
import { NewRegistrationPage, registrationTitle } from "@/app/(portal)/_registration/pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await registrationTitle("prospect") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** New prospect: a blank form, or a saved draft (`?draft=`). */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const { draft } = await searchParams;
  return <NewRegistrationPage entity="prospect" draft={typeof draft === "string" ? draft : undefined} />;
}
