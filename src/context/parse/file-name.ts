/**
 * A file's name ends with its type: a document viewer's toolbar and title print it
 * ("Consult letter - Raman.pdf", "CCD_Okafor_Thaddeus.pdf"), often with the patient's family name in it,
 * and an element that shows it is marked a name ("documentName"). It names a document, never a person.
 */
const FILE_TYPE = /\.(?:pdf|docx?|odt|rtf|txt|tiff?|jpe?g|png|gif|bmp|heic|xml|html?|csv|xlsx?|dcm|zip|msg|eml)\s*$/i;

export function isFileName(text: string): boolean {
  return FILE_TYPE.test(text);
}
