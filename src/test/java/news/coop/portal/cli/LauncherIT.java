package news.coop.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import news.coop.portal.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The launcher, {@code ./portal} ({@code portal.cmd} on Windows), run as an author or CI runs it: in a
 * process of its own, with the launcher's JVM options and class-data archive, on the project's real
 * {@code content/}, {@code templates/} and {@code assets/}. In-process tests cannot see what those options
 * change: {@code ./portal build --verify} once overflowed the stack under them while every other test
 * passed. Failsafe runs this in {@code verify}, after {@code package} has made {@code target/portal-cli.jar},
 * so the launcher finds its jar fresh and runs it without building it.
 */
class LauncherIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    @TempDir
    static Path shared;
    /** {@code ./portal build --verify} of the real content, run once for the tests that read its site. */
    private static Launch realBuild;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheRealContent() throws Exception {
        theJarIsFresh();
        // Without target/portal.jsa (a fresh clone) this first run also records it, before the other runs.
        realBuild = portal("build", "--verify", "--output", shared.resolve("site").toString());
    }

    /**
     * The launcher rebuilds a jar older than the sources with Maven: inside this Maven build that would be
     * Maven running Maven, so the test stops first, by the launcher's own rule ({@code find src/main pom.xml
     * -newer target/portal-cli.jar}).
     */
    private static void theJarIsFresh() throws IOException {
        Path jar = PROJECT.resolve("target/portal-cli.jar");
        assertThat(jar).as("target/portal-cli.jar, which the package phase of `mvn verify` makes before this test: "
                + "without it ./portal would build it with Maven, inside this Maven build").isRegularFile();
        FileTime made = Files.getLastModifiedTime(jar);
        List<Path> newer;
        try (Stream<Path> sources = Stream.concat(Files.walk(PROJECT.resolve("src/main")), Stream.of(PROJECT.resolve("pom.xml")))) {
            newer = sources.filter(source -> lastModified(source).compareTo(made) > 0).map(PROJECT::relativize).limit(5).toList();
        }
        assertThat(newer).as("sources changed after target/portal-cli.jar was made: ./portal would run Maven to rebuild it inside this "
                + "Maven build; run `mvn verify` again without editing sources while it runs").isEmpty();
    }

    @Test
    void buildVerifyPassesOnTheRealContent() {
        Path site = shared.resolve("site");

        assertThat(realBuild.exitCode()).as(realBuild::describe).isZero();
        assertThat(realBuild.out()).as(realBuild::describe)
                .matches("Baked \\d+ news items into \\d+ pages in \\d+(\\.\\d+)? s → " + Pattern.quote(site.toString()) + "\\R");
        assertThat(realBuild.err()).as(realBuild::describe).doesNotContain(": error [", "Exception", "Error:");
        for (String home : List.of("en/index.html", "ru/index.html", "be/index.html")) {
            assertThat(site.resolve(home)).as(realBuild::describe).isRegularFile();
        }
    }

    @Test
    void verifyFindsNoProblemInTheBuiltSiteAndSaysSoInItsJUnitReport() throws Exception {
        Path site = shared.resolve("site");
        assertThat(site.resolve("en/index.html")).as("the real content's site, built before the tests:\n%s", realBuild.describe()).isRegularFile();
        Path report = dir.resolve("report.xml");

        Launch verify = portal("verify", "--site", site.toString(), "--format", "junit", "--output", report.toString());

        assertThat(verify.exitCode()).as(verify::describe).isZero();
        assertThat(verify.err()).as(verify::describe).matches("Verified \\d+ files in \\d+(\\.\\d+)? s: no problems\\R");
        assertThat(report).as(verify::describe).isRegularFile();
        Element suites = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
        String xml = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(suites.getTagName()).as(xml).isEqualTo("testsuites");
        assertThat(Integer.parseInt(suites.getAttribute("tests"))).as(xml).isGreaterThan(100);
        assertThat(suites.getAttribute("failures")).as(xml).isEqualTo("0");
        assertThat(suites.getAttribute("errors")).as(xml).isEqualTo("0");
        assertThat(suites.getElementsByTagName("failure").getLength() + suites.getElementsByTagName("error").getLength()).as(xml).isZero();
    }

    /** {@code --version} prints the version Maven wrote into the jar from the pom, never one written by hand. */
    @Test
    void theVersionIsThePomsVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PROJECT.resolve("pom.xml").toFile()).getDocumentElement();
        String version = null;
        for (org.w3c.dom.Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("version")) {
                version = element.getTextContent().strip();
            }
        }
        assertThat(version).as("the pom's own <version>").isNotBlank();

        Launch launch = portal("--version");

        assertThat(launch.exitCode()).as(launch::describe).isZero();
        assertThat(launch.out()).as(launch::describe).matches(Pattern.quote("portal " + version) + "\\R");
        assertThat(launch.err()).as(launch::describe).isEmpty();
    }

    /**
     * A copy of the real project with one broken link in a news item: the build names the item, line and
     * column, fails, and the site published before from the good copy stays byte for byte as it was.
     */
    @Test
    void aBrokenLinkFailsTheBuildAndKeepsThePublishedSite() throws Exception {
        Path project = dir.resolve("project");
        for (String part : List.of("content", "templates", "assets", "data", "jbake.properties")) {
            TestSite.copyTree(PROJECT.resolve(part), project.resolve(part));
        }
        Path site = dir.resolve("published/site");
        Launch good = portal("build", "--verify", "--project", project.toString(), "--output", site.toString());
        assertThat(good.exitCode()).as(good::describe).isZero();
        Map<String, String> published = TestSite.hashes(site);
        assertThat(published).as(good::describe).containsKey("en/index.html");

        String item = firstNewsItem(project);
        Path source = project.resolve(item);
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        int line = (int) text.lines().count() + 2;
        Files.writeString(source, text + "\n[x](/en/no-such-page/)\n", StandardCharsets.UTF_8);

        Launch broken = portal("build", "--verify", "--project", project.toString(), "--output", site.toString());

        assertThat(broken.exitCode()).as(broken::describe).isEqualTo(1);
        assertThat(broken.err()).as(broken::describe)
                .containsPattern("(?m)^" + Pattern.quote(item + ":" + line + ":1: error [link.broken] ") + ".*\"/en/no-such-page/\".*$")
                .contains("nothing was published, the previous site is unchanged");
        Map<String, String> after = TestSite.hashes(site);
        List<String> changed = Stream.concat(published.keySet().stream(), after.keySet().stream()).distinct()
                .filter(file -> !Objects.equals(published.get(file), after.get(file))).sorted().toList();
        assertThat(changed).as("files of the published site that the failed build changed, added or removed; %s", broken.describe()).isEmpty();
    }

    /** The first news item of the project, by path, as a path inside it with forward slashes. */
    private static String firstNewsItem(Path project) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content/news"))) {
            return walk.filter(file -> file.toString().endsWith(".md")).map(file -> project.relativize(file).toString().replace('\\', '/')).sorted()
                    .findFirst().orElseThrow();
        }
    }

    /** One run of the launcher: its command, exit code and everything it printed. */
    record Launch(List<String> command, int exitCode, String out, String err) {
        String describe() {
            return String.join(" ", command) + "\nexit code " + exitCode + "\n--- standard output ---\n" + out + "--- standard error ---\n" + err;
        }
    }

    /**
     * Runs {@code ./portal ARGS} from the project's folder, as a user types it, with this JVM's {@code java}
     * first on the PATH; stops the launcher and whatever it started after {@link #TIMEOUT}.
     */
    private static Launch portal(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(WINDOWS ? List.of("cmd.exe", "/c", PROJECT.resolve("portal.cmd").toString())
                : List.of(PROJECT.resolve("portal").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("portal-launch", ".out");
        Path err = Files.createTempFile("portal-launch", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> environment = builder.environment();
            // The build's "now" and address are the defaults an author gets, whatever the machine running the tests sets.
            environment.remove("SOURCE_DATE_EPOCH");
            environment.remove("PORTAL_BASE_URL");
            String path = environment.getOrDefault(WINDOWS ? "Path" : "PATH", "");
            environment.put(WINDOWS ? "Path" : "PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + path);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("./portal did not finish within " + TIMEOUT + " and was stopped: " + String.join(" ", command) + "\n--- standard output ---\n"
                        + read(out) + "--- standard error ---\n" + read(err));
            }
            return new Launch(command, process.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
