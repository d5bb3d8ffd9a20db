package news.coop.portal.cli;

import java.nio.file.Path;
import java.time.Instant;
import news.coop.portal.pipeline.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that build or look at a site ({@code build}, {@code check},
 * {@code serve}, {@code verify}): which project ({@code --project}), whether drafts count as published
 * ({@code --drafts}), as of when ({@code --now}) and for which address ({@code --base-url}); and the
 * {@link BuildOptions} they make. {@code --now} and {@code --base-url} read the environment that the
 * command's {@code portal} command line was made with.
 */
final class SiteOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    @Mixin
    private ProjectOption project;

    @Option(names = "--drafts", description = "Count drafts as published, as a preview does (each marked \"Draft\"); never for production.")
    private boolean drafts;

    @Mixin
    private NowOption now;

    @Mixin
    private BaseUrlOption baseUrl;

    /** The project folder, absolute and normalised. */
    Path root() {
        return project.root();
    }

    /** {@code target/NAME} in the project: {@code site}, the published site; {@code preview}, the preview's. */
    Path target(String name) {
        return root().resolve("target").resolve(name);
    }

    boolean drafts() {
        return drafts;
    }

    /**
     * {@code --now}, else {@code SOURCE_DATE_EPOCH}; {@code null} when neither is given.
     *
     * @throws CommandLine.ParameterException when the one given is not a moment
     */
    Instant now() {
        return now.instant(command);
    }

    /**
     * {@code --base-url}, else {@code PORTAL_BASE_URL}, without a trailing slash; {@code null} when neither is given.
     *
     * @throws CommandLine.ParameterException when the one given is not an absolute http(s) address
     */
    String baseUrl() {
        return baseUrl.value(command);
    }

    /** A build of the project into {@code output} with these options, on every processor, warnings staying warnings. */
    BuildOptions options(Path output) {
        return new BuildOptions(root(), output, drafts, now(), 0, baseUrl());
    }
}
