package news.coop.portal.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import news.coop.portal.diag.Diagnostic;

/**
 * The write stage's seam for the files published as they are: everything in {@code assets/}, and the
 * pictures and documents beside the sources in {@code content/}. The JBake adapter implements it with
 * JBake's own asset copy, so that JBake's {@code asset.*} settings mean what they mean in JBake.
 */
public interface AssetCopy {
    /** The files the copy publishes, under their plain names, as paths inside the site, sorted. */
    Set<String> files();

    /**
     * Copies every one of {@link #files()} into {@code folder}. A file that could not be copied is a
     * diagnostic: at the site's folder when its side failed (a full disk), else at the file.
     */
    List<Diagnostic> copyInto(Path folder);
}
