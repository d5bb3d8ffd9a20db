package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code target/portal-cli.jar} ships. Stock JBake (the benchmark's baseline), the OrientDB store it
 * opens and lz4-java, which OrientDB pulls and which has published CVEs, are not part of the tool; only
 * a tool built with {@code mvn -Pstock-jbake} holds them. Failsafe runs this after {@code package}; the
 * build tells it which jar it made (system property {@value #STOCK_JBAKE}, set by the profile), so
 * each test checks the jar of either build.
 */
class RuntimeJarIT {
    private static final String STOCK_JBAKE = "portal.stockJBake";
    private static final Path JAR = Path.of("target/portal-cli.jar").toAbsolutePath();
    /** The first folders of what stock JBake brings: its OrientDB store, lz4-java, our baseline and its templates. */
    private static final List<String> STOCK_ONLY = List.of("com/orientechnologies/", "net/jpountz/", "news/coop/portal/stockjbake/",
            "bench/jbake-templates/");

    @TempDir
    Path dir;

    private static boolean builtWithStockJBake() {
        String value = System.getProperty(STOCK_JBAKE);
        assertThat(value).as("system property " + STOCK_JBAKE + ", set by the failsafe configuration in pom.xml").isIn("true", "false");
        return Boolean.parseBoolean(value);
    }

    @Test
    void runtimeJarHoldsStockJBakeOrientDbAndLz4OnlyWhenBuiltWithTheProfile() throws IOException {
        List<String> entries;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).contains("news/coop/portal/cli/Main.class", "news/coop/portal/bench/Benchmark.class");
        for (String folder : STOCK_ONLY) {
            List<String> inside = entries.stream().filter(name -> name.startsWith(folder)).toList();
            if (builtWithStockJBake()) {
                assertThat(inside).as(folder).isNotEmpty();
            } else {
                assertThat(inside).as(folder).isEmpty();
            }
        }
    }

    @Test
    void compareJBakeIsAUsageErrorThatSaysHowToBuildTheToolWithStockJBake() throws Exception {
        if (builtWithStockJBake()) {
            Run run = java("bench", "--items", "2", "--runs", "1", "--compare-jbake", "--project", Path.of("").toAbsolutePath().toString(),
                    "--keep", dir.resolve("archive").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("| stock JBake 2.7.0, fresh JVM, same archive |");
        } else {
            Run run = java("bench", "--items", "2", "--compare-jbake", "--keep", dir.resolve("archive").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("--compare-jbake needs stock JBake, which this build of the tool leaves out: build the tool with it"
                    + " (mvn -q -Pstock-jbake -DskipTests package) and run again\n");
            assertThat(dir.resolve("archive")).doesNotExist();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code java -jar target/portal-cli.jar ARGS} in a fresh JVM, as the launcher does, for at most three minutes. */
    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(String.join(" ", command) + " did not finish within three minutes and was stopped");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
