/** First and last word: "Tunde A. Abiola" and "Tunde Abiola" are one name, "Grace Whitmore" another. */
const key = (name: string) => {
  const words = name.toLowerCase().split(/[\s.,]+/).filter(Boolean);
  return `${words[0]} ${words[words.length - 1]}`;
};

/**
 * A name labelled apart from the chart's banner (a "Demographics" card, a form below it) while the banner shows
 * another name: two people on one page, however much else they share (a card of someone born the same day, a
 * relative's details). The banner names the record; with two names the reader cannot tell which one the user
 * means, so it reads no one rather than risk the wrong client. `shownIn` is the name a banner itself shows (never one
 * before it: an "Add Relation" link above a status box is no name).
 */
export function bannerNamesOther(banners: Iterable<Element>, name: string, shownIn: (banner: Element) => string | undefined): boolean {
  for (const b of banners) {
    const shown = shownIn(b);
    if (shown !== undefined && key(shown) !== key(name)) return true;
  }
  return false;
}
