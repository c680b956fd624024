/** The CSP source expression that allows one inline `<script>` or `<style>` by its content. */
import { createHash } from 'node:crypto';

export const cspHash = (content: string) => `sha256-${createHash('sha256').update(content).digest('base64')}` as const;
