package news.coop.portal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8's gate on the portal's real content and templates: {@code ./portal build --verify} passes. */
class VerifyRealContentTest {
    @TempDir
    Path dir;

    @Test
    void buildVerifyPassesOnTheRealContentAndVerifyAgreesAfterwards() {
        Path site = dir.resolve("site");
        String project = Path.of("").toAbsolutePath().toString();
        String now = TestSite.NOW.toString();

        Run build = Run.of("build", "--verify", "--project", project, "--output", site.toString(), "--now", now);

        assertThat(build.err()).doesNotContain("error");
        assertThat(build.out()).startsWith("Baked ");
        assertThat(build.exitCode()).isZero();

        Run verify = Run.of("verify", "--project", project, "--site", site.toString(), "--now", now, "--format", "junit");

        assertThat(verify.err()).matches("Verified \\d+ files in \\d+\\.\\d s: no problems\n");
        assertThat(verify.out()).contains("<testsuite name=\"portal verify\"").contains("failures=\"0\"").doesNotContain("<failure");
        assertThat(verify.exitCode()).isZero();
    }
}
