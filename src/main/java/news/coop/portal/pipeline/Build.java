package news.coop.portal.pipeline;

import news.coop.portal.diag.BuildFailure;

/**
 * One build from scratch, as {@code portal build} runs it: the {@link Pipeline} from an empty memo,
 * publishing a complete new site through a staging folder swapped into place.
 */
public final class Build {
    private final BuildOptions options;

    public Build(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() throws BuildFailure {
        return run(null);
    }

    /** Builds, and publishes the site only if {@code gate} (when not null) finds no error in it first. */
    public BuildResult run(Gate gate) throws BuildFailure {
        try (Session session = new Session(options)) {
            return session.buildStaged(gate);
        }
    }
}
