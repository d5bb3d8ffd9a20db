package news.coop.portal.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --project DIR}, shared by every command: the portal's folder, which holds {@code jbake.properties}. */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR", description = "The portal's folder (holds jbake.properties). Default: the current folder.")
    private Path folder = Path.of(".");

    /** The folder, absolute and normalised. */
    Path root() {
        return folder.toAbsolutePath().normalize();
    }
}
