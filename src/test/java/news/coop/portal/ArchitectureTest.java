package news.coop.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, on the compiled classes of src/main: each package imports only
 * the packages its row of the table names, JBake stays behind its adapter, the packages have no
 * cycles, there is no static mutable state, and no class grows past 400 lines. The table is read from
 * docs/architecture.md itself, so the document and the code cannot drift apart.
 */
class ArchitectureTest {
    private static final String ROOT = "news.coop.portal";
    private static final Path MAIN = Path.of("src/main/java/news/coop/portal");
    private static JavaClasses classes;
    private static Map<String, Set<String>> mayImport;

    @BeforeAll
    static void importClasses() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        mayImport = table(Files.readString(Path.of("docs/architecture.md")));
    }

    /**
     * The "may import" column of the package table: package → the packages it may import. "all of
     * the above" means every package of an earlier row; "everything but x" every package but x.
     */
    private static Map<String, Set<String>> table(String markdown) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z]+)` \\|[^|]*\\| (.*) \\|$", Pattern.MULTILINE);
        Matcher matcher = row.matcher(markdown);
        while (matcher.find()) {
            String cell = matcher.group(2);
            Set<String> allowed = new TreeSet<>();
            Matcher names = Pattern.compile("`([a-z]+)`").matcher(cell);
            while (names.find()) {
                allowed.add(names.group(1));
            }
            if (cell.startsWith("all of the above")) {
                allowed = new TreeSet<>(table.keySet());
            } else if (cell.startsWith("everything but")) {
                Set<String> excluded = allowed;
                allowed = new TreeSet<>(packages());
                allowed.removeAll(excluded);
            }
            table.put(matcher.group(1), allowed);
        }
        return table;
    }

    /** The packages of src/main, by folder. */
    private static Set<String> packages() {
        try (Stream<Path> folders = Files.list(MAIN)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTableNamesEveryPackage() {
        assertThat(mayImport.keySet()).containsExactlyInAnyOrderElementsOf(packages());
    }

    @Test
    void eachPackageImportsOnlyThePackagesItsRowNames() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : mayImport.entrySet()) {
            List<String> forbidden = new ArrayList<>();
            for (String other : packages()) {
                if (!other.equals(row.getKey()) && !row.getValue().contains(other)) {
                    forbidden.add(ROOT + "." + other + "..");
                }
            }
            if (!forbidden.isEmpty()) {
                EvaluationResult result = noClasses().that().resideInAPackage(ROOT + "." + row.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because("docs/architecture.md says what " + row.getKey() + " may import")
                        .allowEmptyShould(true).evaluate(classes);
                violations.addAll(result.getFailureReport().getDetails());
            }
        }
        assertThat(violations).as("imports that docs/architecture.md does not allow").isEmpty();
    }

    @Test
    void onlyTheAdapterImportsJBake() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".jbake..").should().dependOnClassesThat().resideInAPackage("org.jbake..")
                .because("JBake's static state and old APIs stay behind one wall").check(classes);
        classes().that().resideInAPackage(ROOT + ".jbake..").should().onlyHaveDependentClassesThat()
                .resideInAnyPackage(ROOT + ".jbake..", ROOT + ".pipeline..")
                .because("the pipeline is the only package that wires the adapter in").check(classes);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thereIsNoStaticMutableState() {
        fields().that().areStatic().should().beFinal().because("configuration is passed explicitly; nothing is kept between builds in statics")
                .check(classes);
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class).because("no thread-confined caches").check(classes);
        noClasses().should().dependOnClassesThat().areAssignableTo(InheritableThreadLocal.class).check(classes);
    }

    @Test
    void noClassIsLongerThan400Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > 400) {
                    long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(long_).as("a class over 400 lines does several jobs: split it").isEmpty();
    }

    @Test
    void everyPackageDocumentsItsPurpose() {
        assertThat(packages()).allSatisfy(name -> assertThat(MAIN.resolve(name).resolve("package-info.java")).isRegularFile());
    }
}
