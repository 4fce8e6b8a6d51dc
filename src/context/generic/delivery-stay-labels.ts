import type { LabelRule } from './labels';

/**
 * A birth's hospital stay as maternal and home-visiting records caption it: a postpartum visit form, a WIC or
 * Healthy Start intake, an obstetric follow-up note ask for the mother's delivery admission and her own discharge
 * ("Admitted for delivery", "L&D admission date", "Maternal discharge date", "Discharged after delivery"), beside the
 * infant's birth and discharge in fields of their own. These words date the client's stay; the general stay labels
 * (labels.ts) want "Admit date" or "Discharge date" alone and miss them, leaving a visit's date to pass for the stay.
 */
const BIRTH = '(?:delivery|birth|labou?r(?: and delivery)?|l ?& ?d|l ?and ?d)';

export const DELIVERY_STAY_LABEL_RULES: readonly LabelRule[] = [
  { field: 'admitDate', re: new RegExp(`^(?:admitted|admission) for ${BIRTH}(?: date)?$|^${BIRTH} admi(?:ssion|t)(?: date)?$`) },
  {
    field: 'dischargeDate',
    re: new RegExp(`^(?:maternal|mother(?:'s)?|postpartum) discharge(?: date)?$|^discharged? (?:after|following|from) ${BIRTH}(?: date)?$`),
    dischargeActual: true,
  },
];
