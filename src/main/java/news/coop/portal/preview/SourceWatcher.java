package news.coop.portal.preview;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Watches the sources of a site, recursively, folders created later included: the content, data,
 * template and asset folders and {@code jbake.properties}. Each change calls {@code onChange}, from
 * the watcher's own thread; the caller debounces. Names starting with a dot (editors' swap and lock
 * files, which the build ignores too) are not changes.
 *
 * <p>Built on {@code io.methvin:directory-watcher}, which uses the system's native notifications
 * (inotify, Windows' recursive watch, macOS's FSEvents). It watches the project folder itself but
 * descends only into the watched folders, so the preview's own output in {@code target/} never
 * triggers a rebuild. Closing it stops the watcher's thread.
 */
final class SourceWatcher implements AutoCloseable {
    private final Path root;
    private final List<Path> folders;
    private final Path configuration;
    private final DirectoryWatcher watcher;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread watching = new Thread(runnable, "portal-preview-watcher");
        watching.setDaemon(true);
        return watching;
    });

    /**
     * Starts watching; returns once the folders are registered, so a change made after this call is seen.
     *
     * @param root     the project folder
     * @param folders  the folders to watch recursively (each may be created later)
     */
    static SourceWatcher start(Path root, List<Path> folders, Runnable onChange) throws IOException {
        return new SourceWatcher(root.toAbsolutePath().normalize(), folders, onChange);
    }

    private SourceWatcher(Path root, List<Path> folders, Runnable onChange) throws IOException {
        this.root = root;
        this.folders = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
        this.configuration = root.resolve("jbake.properties");
        this.watcher = DirectoryWatcher.builder()
                .path(root)
                .fileHashing(false)
                .fileTreeVisitor(this::visit)
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        if (event.path() == null || relevant(event.path())) {
                            onChange.run();
                        }
                    }

                    @Override
                    public void onException(Exception e) {
                        // A change may have been missed: build again rather than show a stale page.
                        onChange.run();
                    }
                })
                .build();
        try {
            watcher.watchAsync(thread).getNow(null);
        } catch (java.util.concurrent.CompletionException e) {
            thread.shutdownNow();
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    /** Walks what is watched below {@code start}: from the project folder, only the watched folders. */
    private void visit(Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile) throws IOException {
        if (start.equals(root)) {
            onDirectory.call(root);
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(folder, onDirectory, onFile);
                }
            }
        } else if (folders.stream().anyMatch(start::startsWith)) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(start, onDirectory, onFile);
        }
    }

    private boolean relevant(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (file.equals(configuration)) {
            return true;
        }
        for (Path folder : folders) {
            if (file.startsWith(folder)) {
                for (Path name : folder.relativize(file)) {
                    if (name.toString().startsWith(".")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing the system's watch service failed: nothing is left to stop.
        }
        thread.shutdownNow();
    }
}
