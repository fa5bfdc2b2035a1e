import type { NextConfig } from 'next';

const config: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a site being served from .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
