export const ROLES = ['admin', 'board_specialist', 'unit_officer', 'council_member', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  board_specialist: 'Chuyên viên Ban Thi đua - Khen thưởng',
  unit_officer: 'Cán bộ thi đua - khen thưởng đơn vị',
  council_member: 'Thành viên Hội đồng Thi đua - Khen thưởng',
  leader: 'Lãnh đạo (xem)',
};

export const ACTIONS = [
  'org.read',
  'org.manage_admin_units',
  'org.manage_agencies',
  'group.read',
  'group.manage',
  'account.read',
  'account.manage',
  'audit.read',
  'document.read',
  'document.manage',
  'movement.read',
  'movement.manage',
  'indicator.read',
  'indicator.manage',
  'value.write',
  'period.lock',
  'registration.manage',
  'registration.review',
  'outline.manage',
  'campaign.manage',
  'report.read',
  'report.write',
  'report.review',
  'award.read',
  'award.manage',
  'award.propose',
  'award.review',
  'council.manage',
  'council.vote',
  'award.decide',
  'award.settings',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What each role may do, before scope is applied. */
export const GRANTS: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  board_specialist: ['org.read', 'org.manage_agencies', 'group.read', 'group.manage', 'account.read', 'account.manage', 'audit.read', 'document.read', 'document.manage', 'movement.read', 'movement.manage', 'indicator.read', 'indicator.manage', 'value.write', 'period.lock', 'registration.manage', 'registration.review', 'outline.manage', 'campaign.manage', 'report.read', 'report.write', 'report.review', 'award.read', 'award.manage', 'award.propose', 'award.review', 'council.manage', 'award.decide', 'award.settings'],
  unit_officer: ['org.read', 'org.manage_agencies', 'group.read', 'account.read', 'document.read', 'document.manage', 'movement.read', 'movement.manage', 'indicator.read', 'value.write', 'registration.manage', 'registration.review', 'outline.manage', 'campaign.manage', 'report.read', 'report.write', 'report.review', 'award.read', 'award.manage', 'award.propose', 'award.review'],
  council_member: ['org.read', 'group.read', 'document.read', 'movement.read', 'indicator.read', 'report.read', 'award.read', 'council.vote'],
  leader: ['org.read', 'group.read', 'account.read', 'audit.read', 'document.read', 'movement.read', 'indicator.read', 'report.read', 'award.read', 'council.vote', 'award.decide'],
};

/**
 * The structure of the organisation and its clusters is public to every signed-in user:
 * units must see who else is in their cluster and where other units sit to do their work.
 * Directive documents and movements are issued to be read and answered by the units below, so they are open too.
 * Indicator figures are open for the same reason clusters exist: members compare and rank themselves on them.
 * Awards are published (Luật Thi đua, khen thưởng requires công khai), and a nominee's history must be
 * checkable wherever they worked before; personal data in the registry needs award.manage in scope.
 */
export const UNSCOPED_ACTIONS: ReadonlySet<Action> = new Set(['org.read', 'group.read', 'document.read', 'movement.read', 'indicator.read', 'award.read']);
