package news.coop.portal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import news.coop.portal.diag.Diagnostic;

/**
 * A file of the site, or beside it (the staging folder, the pictures' cache, the nginx snippet), that
 * the system would not let the build write: a full disk, a folder without write permission, a file
 * where a folder must be. The build stops, sets its staging folder aside and keeps the published
 * site; the failure becomes one diagnostic naming the file, the system's reason and what to do
 * ({@link #diagnostic}), never a stack trace. Immutable.
 */
public final class OutputFailure extends UncheckedIOException {
    private final transient Path file;

    /**
     * @param file  what was being written (or created, renamed, deleted); the file the system names in
     *              {@code cause}, when it names one, is reported in its place
     * @param cause the system's refusal
     */
    public OutputFailure(Path file, IOException cause) {
        super("cannot write " + named(file, cause) + ": " + reason(cause), cause);
        this.file = named(file, cause);
    }

    /**
     * The refusal of the system behind {@code error}, when it concerns a file in {@code folder}: a copy
     * into it (JBake's asset copy) that failed on the target's side. Empty for any other error, among
     * them a source that cannot be read.
     */
    public static Optional<OutputFailure> into(Path folder, Throwable error) {
        if (error instanceof FileSystemException system) {
            for (String named : Arrays.asList(system.getOtherFile(), system.getFile())) {
                if (named != null && Path.of(named).toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
                    return Optional.of(new OutputFailure(Path.of(named), system));
                }
            }
        }
        return Optional.empty();
    }

    public Path file() {
        return file;
    }

    /**
     * The diagnostic: {@code target/.site.staging/en/index.html: error [write.failed] cannot write the
     * site: no space left on device — free space on that disk, then build again}. The path is shown
     * relative to {@code root} when it lies inside it, else in full.
     */
    public Diagnostic diagnostic(Path root) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        String where = absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
        return Diagnostic.error(where, 0, 0, "write.failed", "cannot write the site: " + reason(getCause()), hint(getCause()));
    }

    /** The system's reason in words, lower case: "no space left on device", "permission denied", … */
    private static String reason(IOException cause) {
        String reason = cause instanceof FileSystemException system ? system.getReason() : cause.getMessage();
        if (inTheWay(cause)) {
            reason = "a file is in the way, where a folder must be";
        } else if (reason == null || reason.isBlank()) {
            reason = cause instanceof AccessDeniedException ? "permission denied" : cause.getClass().getSimpleName();
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    /**
     * The file the system named, the target of a copy or move in preference to its source, else
     * {@code file}; when a file stands where a folder must be, that file.
     */
    private static Path named(Path file, IOException cause) {
        Path named = file;
        if (cause instanceof FileSystemException system) {
            String given = system.getOtherFile() != null ? system.getOtherFile() : system.getFile();
            if (given != null) {
                named = Path.of(given);
            }
        }
        if (inTheWay(cause)) {
            for (Path folder = named; folder != null; folder = folder.getParent()) {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    return Files.isDirectory(folder) ? named : folder;
                }
            }
        }
        return named;
    }

    /** Whether the system's reason is a file standing where a folder must be. */
    private static boolean inTheWay(IOException cause) {
        return cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException
                || cause instanceof FileSystemException system && "Not a directory".equalsIgnoreCase(system.getReason());
    }

    private static String hint(IOException cause) {
        String reason = reason(cause);
        if (reason.contains("no space left") || reason.contains("quota")) {
            return "free space on that disk, then build again";
        }
        if (cause instanceof AccessDeniedException || reason.contains("permission denied") || reason.contains("read-only")) {
            return "make the folder writable, or publish into another folder (build --output DIR)";
        }
        if (inTheWay(cause)) {
            return "move that file away, or publish into another folder (build --output DIR)";
        }
        return "check the disk and the folder, then build again";
    }
}
