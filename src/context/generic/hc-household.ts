/**
 * A table with a column saying how each row is related ("Relationship", "Relation to client") lists the
 * client's household, caregivers or contacts, each with a name and often a birth date: the people around
 * one client, never a list of clients (people-table.ts).
 */
export const RELATION_COLUMN = /^relation(?:ship)?\b/i;
