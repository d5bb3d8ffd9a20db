package news.coop.portal.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What one build is asked to do.
 *
 * @param project  the project folder (holds {@code jbake.properties})
 * @param output   where the site is published; {@code target/site} by default
 * @param drafts   publish drafts too (previews only)
 * @param now      the build's "now": items dated later are embargoed
 */
public record BuildOptions(Path project, Path output, boolean drafts, Instant now) {

    public static BuildOptions defaults(Path project, Instant now) {
        return new BuildOptions(project, project.resolve("target").resolve("site"), false, now);
    }
}
