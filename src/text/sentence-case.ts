/**
 * A field label inside an English sentence. Schema labels are written to stand alone ("New pocket
 * parks on Xinmin Avenue") and start with a common word; inside a sentence only that first letter
 * goes lower case, so the proper nouns in the label keep their capitals ("new pocket parks on Xinmin
 * Avenue", not "xinmin avenue"). An all-capitals first word (an acronym) is left as it is.
 */
export function inSentence(label: string): string {
  const first = /^\p{Lu}\p{Ll}/u.exec(label);
  return first ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
