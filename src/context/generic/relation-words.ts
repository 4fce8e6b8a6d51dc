/** Words that make a name or a value someone else's: a relative, a carer, a clinician. */
export const RELATION = /\b(?:wife|husband|son|daughter|mother|father|spouse|partner|brother|sister|friend|caregiver|guardian|parent|child|niece|nephew|grand\w*|aunt|uncle|neighbou?r|dr\.?|nurse)\b/i;
