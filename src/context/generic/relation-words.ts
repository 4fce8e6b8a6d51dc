/**
 * Words that make a name or a value someone else's: a relative (a sibling, a step-parent, a cousin too), a carer, a clinician.
 * A mother's screening or visit record captions her baby so too ("Infant: Tomas Ruiz · born 03/02/2026", "Baby:",
 * "Newborn:"), but only as a caption with its colon: a newborn's own record is named "Baby Girl Ruiz", "Infant Boy Ruiz".
 */
export const RELATION = /\b(?:wife|husband|son|daughter|mother|father|spouse|partner|brother|sister|siblings?|step-?(?:son|daughter|mother|father|parent|child|brother|sister)|cousin|twin|children|friend|caregiver|guardian|parents?|child|niece|nephew|grand\w*|aunt|uncle|neighbou?r|dr\.?|nurse|(?:infant|baby|newborn)(?=\s*:))\b/i;
