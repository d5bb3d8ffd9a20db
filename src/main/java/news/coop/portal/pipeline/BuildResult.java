package news.coop.portal.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.coop.portal.cache.BuildCache;
import news.coop.portal.diag.Diagnostic;

/**
 * A successful build.
 *
 * @param newsItems  news items published
 * @param pages      HTML pages in the site
 * @param files      files in the site in all (pages, feeds, sitemap, assets)
 * @param warnings   problems that did not stop the build
 * @param rendered   pages, feeds and sitemaps rendered by this build (all of them in a full build;
 *                   in a rebuild, those whose content changed)
 * @param removed    files of the last build's site that this build removed
 * @param timings    wall-clock time of each stage, in stage order
 * @param cache      what the build cache met: entries found and made, damaged entries made again
 */
public record BuildResult(int newsItems, int pages, int files, Path output, List<Diagnostic> warnings, int rendered, int removed,
        Map<String, Duration> timings, BuildCache.Report cache) {
}
