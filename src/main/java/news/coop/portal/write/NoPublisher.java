package news.coop.portal.write;

/** Publishes nothing ({@code portal check}): every file is made and checked, then dropped. Stateless. */
public final class NoPublisher implements Publisher {
    @Override
    public SiteFiles base() {
        return SiteFiles.NONE;
    }

    @Override
    public boolean publishes() {
        return false;
    }

    @Override
    public void put(String path, byte[] bytes) {
        // Checked, not published.
    }

    @Override
    public void put(String path, byte[] bytes, java.util.Map<String, byte[]> copies) {
        // Checked, not published.
    }

    @Override
    public Staged stage(SiteFiles site, Fingerprints names) {
        return Staged.NOTHING;
    }

    @Override
    public void commit() {
        // Nothing to publish.
    }

    @Override
    public void abort() {
        // Nothing was written.
    }
}
