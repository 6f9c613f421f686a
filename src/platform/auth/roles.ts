/** Console and API roles. Dependency-free so the web UI can import it too. */
export const ROLES = ['admin', 'assessor', 'mediator', 'analyst', 'merchant'] as const;
export type Role = (typeof ROLES)[number];
