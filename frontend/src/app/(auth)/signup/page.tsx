import type { Metadata } from "next";
import { timeZoneOptions } from "@/lib/timezones";
import { SignUpForm } from "@/modules/auth/components/SignUpForm";

export const metadata: Metadata = { title: "Sign up" };

export default function SignUpPage() {
  return <SignUpForm timeZones={timeZoneOptions()} />;
}
