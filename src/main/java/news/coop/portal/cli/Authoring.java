package news.coop.portal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import news.coop.portal.author.Workspace;
import news.coop.portal.diag.BuildFailure;

/** What {@code portal new} and {@code portal import} do first. Stateless. */
final class Authoring {
    private Authoring() {
    }

    /**
     * The project's configuration and vocabularies; when they cannot be used, every problem is printed
     * as {@code portal build} prints it, and the command exits with 1. Their warnings are printed.
     */
    static Optional<Workspace> open(Path project, PrintWriter err) {
        try {
            Workspace workspace = Workspace.open(project);
            workspace.warnings().forEach(err::println);
            return Optional.of(workspace);
        } catch (BuildFailure failure) {
            failure.diagnostics().forEach(err::println);
            err.println("portal: " + Report.errors(failure.diagnostics()) + "; nothing was written");
            return Optional.empty();
        }
    }
}
