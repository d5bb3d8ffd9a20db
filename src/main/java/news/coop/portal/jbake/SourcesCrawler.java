package news.coop.portal.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The Oven's crawler. Our load and validate stages have already read {@code content/} and
 * {@code data/} strictly, before the Oven starts: JBake's own crawler would skip a file with a bad
 * header with only a log line, and take a missing date from the file's modification time. So the
 * crawl the Oven asks for has nothing left to do.
 */
final class SourcesCrawler extends Crawler {
    SourcesCrawler(ContentStore db, JBakeConfiguration config) {
        super(db, config);
    }

    @Override
    public void crawl() {
        // Content was loaded and validated by news.coop.portal.load and .validate.
    }

    @Override
    public void crawlDataFiles() {
        // Vocabularies were loaded and validated by news.coop.portal.load.VocabularyLoader.
    }
}
