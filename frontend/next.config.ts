import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The panel is served by `next start` (bin/run) or as a standalone Node server in a container.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Two or more panels may be built on one machine (tests); keep builds reproducible and quiet.
  productionBrowserSourceMaps: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
