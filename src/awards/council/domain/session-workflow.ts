import type { CouncilSessionState } from '../../../db/schema-council';
import type { Workflow } from '../../../shared/workflow';
import { SESSION_STATE_LABELS } from './labels';

/**
 * A session is prepared (the dossiers put to it), opened for the online vote (voters and vote rules
 * fixed, dossiers move to "biểu quyết"), and closed (results computed once, dossiers go for signature).
 * Nothing reopens a closed session: its minutes and the nominees' results must stay as voted.
 */
export const SESSION_WORKFLOW: Workflow<CouncilSessionState> = {
  name: 'Phiên họp Hội đồng',
  initial: 'du_thao',
  states: SESSION_STATE_LABELS,
  transitions: [
    { from: 'du_thao', to: 'dang_bieu_quyet', label: 'Mở biểu quyết', requiresReason: false },
    { from: 'dang_bieu_quyet', to: 'da_dong', label: 'Kết thúc biểu quyết', requiresReason: false },
  ],
};
