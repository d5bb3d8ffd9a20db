package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JBake's static state and old APIs stay behind one wall: only this package imports {@code org.jbake}. */
class AdapterWallTest {
    @Test
    void onlyTheAdapterPackageImportsJBake() throws IOException {
        Path main = Path.of("src/main/java");
        Path adapter = main.resolve("news/coop/portal/jbake");
        List<Path> offenders;
        try (Stream<Path> walk = Files.walk(main)) {
            offenders = walk.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(adapter))
                    .filter(file -> read(file).contains("import org.jbake"))
                    .toList();
        }
        assertThat(offenders).isEmpty();
        try (Stream<Path> walk = Files.walk(adapter)) {
            assertThat(walk.filter(file -> read(file).contains("import org.jbake"))).isNotEmpty();
        }
    }

    @Test
    void everyPackageDocumentsItsPurpose() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/news/coop/portal"))) {
            assertThat(walk.filter(Files::isDirectory).filter(folder -> !folder.getFileName().toString().equals("portal"))
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
