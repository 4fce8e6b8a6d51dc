/**
 * An emergency crew's vehicle as EMS software names it ("Medic 12", "Engine 9", "Ambulance 4A"): a hospital hub's
 * or a run report's "Unit" is the crew's, and says nothing of where the client is. A hospital's "Unit 4" is not one.
 */
export const APPARATUS = /^(?:medic|ambulance|engine|rescue|squad|ladder|truck|battalion|ems|als|bls) ?\d{1,4}[a-z]?$/i;
