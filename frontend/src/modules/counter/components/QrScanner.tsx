"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";

// Camera scanning of the card's QR code with the browser's own BarcodeDetector (Chrome on Android,
// among others). Where the browser has none, the button is not shown: a USB or Bluetooth scanner
// "types" the code into the field anyway, and the code can always be typed by hand.

interface Detected {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Detected[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): DetectorConstructor | null {
  if (typeof window === "undefined" || !navigator.mediaDevices?.getUserMedia) return null;
  return ((window as unknown as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector ?? null) as DetectorConstructor | null;
}

export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useI18n();
  const [supported, setSupported] = useState(false);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => setSupported(detectorClass() !== null), []);

  useEffect(() => {
    const Detector = detectorClass();
    if (!open || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | null = null;
    let stopped = false;
    const detector = new Detector({ formats: ["qr_code"] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(async () => {
          if (!video.current) return;
          const found = await detector.detect(video.current).catch(() => []);
          const value = found[0]?.rawValue;
          if (value) {
            setOpen(false);
            onCode(value);
          }
        }, 300);
      })
      .catch(() => {
        setFailed(true);
        setOpen(false);
      });
    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [open, onCode]);

  if (!supported) return null;
  return (
    <>
      <Button variant="secondary" className="py-3" onClick={() => { setFailed(false); setOpen((o) => !o); }} aria-expanded={open}>
        {open ? t("counter.scanStop") : t("counter.scan")}
      </Button>
      {failed ? <Alert kind="warning">{t("counter.scanUnavailable")}</Alert> : null}
      {open ? (
        <div className="fixed inset-x-0 bottom-0 z-40 bg-black/90 p-4">
          <p className="mb-2 text-center text-sm text-white">{t("counter.scanHelp")}</p>
          <video ref={video} className="mx-auto max-h-[60vh] w-full max-w-md rounded" muted playsInline aria-label={t("counter.scanHelp")} />
          <Button variant="secondary" className="mt-3 w-full" onClick={() => setOpen(false)}>
            {t("counter.scanStop")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
