import { cookies } from "next/headers";
import { LANGUAGE_COOKIE, resolveLocale, type Locale } from "./index";

/** The panel language for this request: the browser's choice (cookie), else the business's, else Spanish. */
export async function requestLocale(businessLocale?: string | null): Promise<Locale> {
  const store = await cookies();
  return resolveLocale(store.get(LANGUAGE_COOKIE)?.value, businessLocale);
}
