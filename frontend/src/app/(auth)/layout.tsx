import type { ReactNode } from "react";
import { LanguageSwitch } from "@/modules/auth/components/LanguageSwitch";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md">
        <p className="mb-4 text-center text-2xl font-bold text-indigo-800">RadarTracking</p>
        <main id="content" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          {children}
        </main>
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </div>
  );
}
