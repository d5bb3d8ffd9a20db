package news.coop.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which archive {@code portal bench} generates, and how it adds and edits an item of it. Both are
 * pure functions of their seed.
 */
public enum Corpus {
    /**
     * {@link SyntheticArchive}: the press office's mix, items in ru, en and be with pictures and links
     * between items, over 15 years. The default.
     */
    MULTILINGUAL(42),
    /**
     * {@link ReferenceArchive}: the items of {@code gen-corpus.py}, English only, with no pictures, in
     * the portal's form and in Hugo's; what {@code --compare-hugo} measures, like for like.
     */
    REFERENCE(1);

    private final long defaultSeed;

    Corpus(long defaultSeed) {
        this.defaultSeed = defaultSeed;
    }

    /** The seed without {@code --seed}: 42 for the multilingual archive, and gen-corpus.py's own default, 1, for the reference one. */
    public long defaultSeed() {
        return defaultSeed;
    }

    /** Whether the archive has a Hugo form, in {@value ReferenceArchive#HUGO}/. */
    public boolean hasHugoForm() {
        return this == REFERENCE;
    }

    /** The corpus of an archive already generated: the reference one if it has a Hugo form. */
    public static Corpus of(Path archive) {
        return Files.isRegularFile(archive.resolve(ReferenceArchive.HUGO).resolve("config.toml")) ? REFERENCE : MULTILINGUAL;
    }

    SyntheticArchive.Summary generate(Path project, Path into, int items, long seed) throws IOException {
        return this == REFERENCE ? ReferenceArchive.generate(project, into, items, seed) : SyntheticArchive.generate(project, into, items, seed);
    }

    /** Writes the item that follows the archive's {@code existing} items (in both forms, if it has two) and returns its path. */
    String addItem(Path into, int existing, long seed) throws IOException {
        // The reference archive numbers its items from 0, the multilingual one from 1.
        return this == REFERENCE ? ReferenceArchive.addItem(into, existing, seed) : SyntheticArchive.addItem(into, existing + 1, seed);
    }

    /** Appends a paragraph, different for each {@code round}, to the item at {@code path} (in both forms, if it has two). */
    void editItem(Path into, String path, int round) throws IOException {
        if (this == REFERENCE) {
            ReferenceArchive.editItem(into, path, round);
        } else {
            SyntheticArchive.editItem(into, path, round);
        }
    }
}
