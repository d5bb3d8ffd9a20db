package news.coop.portal.build;

import java.nio.file.Path;
import java.util.List;
import news.coop.portal.diag.Diagnostic;

/**
 * A successful build.
 *
 * @param newsItems  news items published
 * @param pages      HTML pages written
 * @param files      files written in all (pages, feeds, sitemap, assets)
 * @param warnings   problems that did not stop the build
 */
public record BuildResult(int newsItems, int pages, int files, Path output, List<Diagnostic> warnings) {
}
