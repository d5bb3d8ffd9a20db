package news.coop.portal.search;

/** Placeholder until the Belarusian stemmer lands: words stay as they are. */
final class BelarusianStemmer {
    private BelarusianStemmer() {
    }

    static String stem(String word) {
        return word;
    }
}
