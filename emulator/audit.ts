/** The Audit Logs v2 action names of dashboard SCIM (CLOUDFLARE.md A11), recorded per account. */
export type AuditAction =
  | 'Create SCIM User'
  | 'Replace SCIM User'
  | 'Update SCIM User'
  | 'Delete SCIM User'
  | 'Create SCIM Group'
  | 'Update SCIM Group'
  | 'Delete SCIM Group';

export interface AuditEntry {
  action: AuditAction;
  resourceType: 'User' | 'Group';
  resourceId: string;
  /** ISO 8601. */
  at: string;
}

export class AuditTrail {
  private readonly entries: AuditEntry[] = [];

  record(action: AuditAction, resourceType: AuditEntry['resourceType'], resourceId: string): void {
    this.entries.push({ action, resourceType, resourceId, at: new Date().toISOString() });
  }

  list(): readonly AuditEntry[] {
    return this.entries;
  }
}
