"use client";

// Last resort when the root layout itself fails: no providers are available here, so the text is
// fixed (Spanish first, English below) and styles are inline.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="es-419">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1rem", maxWidth: 560, margin: "0 auto", color: "#0f172a" }}>
        <div role="alert">
          <h1>Algo salió mal · Something went wrong</h1>
          <p>No pudimos mostrar esta página. We could not show this page.</p>
          <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", background: "#4338ca", color: "#fff", border: 0, borderRadius: 6 }}>
            Reintentar · Try again
          </button>
        </div>
      </body>
    </html>
  );
}
