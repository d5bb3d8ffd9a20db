package news.coop.portal.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where Chromium is installed. On a developer's machine without it they are
 * skipped, with one loud line saying how to install it; in CI (the {@code CI} variable is set, as
 * {@code .ci/run} does) they always run, and fail at once if the browser is missing.
 */
final class BrowserCondition implements ExecutionCondition {
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var missing = Chromium.missing();
        if (missing.isEmpty() || System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("Chromium is here, or this is CI");
        }
        String line = "BROWSER TESTS SKIPPED: " + missing.get() + " not found. Install them with `sudo " + Chromium.INSTALL
                + "` to run the accessibility, layout and screenshot tests (CI always runs them).";
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("\n********\n" + line + "\n********\n");
        }
        return ConditionEvaluationResult.disabled(line);
    }
}
