/**
 * The app's Content-Security-Policy: nothing may leave the machine (connect-src 'none') and only
 * bundled scripts run. Mantine injects its CSS variables as <style> tags, hence 'unsafe-inline'
 * for styles only. index.html carries the same policy in a meta tag (a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'"
].join('; ')
