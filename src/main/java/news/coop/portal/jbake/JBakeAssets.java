package news.coop.portal.jbake;

import java.io.File;
import java.io.FileFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostic;
import news.coop.portal.write.AssetCopy;
import news.coop.portal.write.OutputFailure;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * The files JBake publishes as they are, copied by JBake's {@link Asset}: {@code assets/} (hidden
 * files only when {@code asset.ignore} is off) and the files of {@code content/} that are not
 * sources. {@link #files()} walks the folders with JBake's own filters, the way {@code Asset.copy}
 * does, so the pipeline knows every file of the site before any is copied. Stateless.
 */
public final class JBakeAssets implements AssetCopy {
    private final SiteConfig site;

    public JBakeAssets(SiteConfig site) {
        this.site = site;
    }

    @Override
    public Set<String> files() {
        DefaultJBakeConfiguration config = JBakeConfigs.create(site, site.outputDir().toFile());
        Set<String> files = new TreeSet<>();
        FileFilter assets = file -> (!config.getAssetIgnoreHidden() || !file.isHidden()) && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config));
        collect(config.getAssetFolder(), "", assets, files);
        collect(config.getContentFolder(), "", FileUtil.getNotContentFileFilter(config), files);
        return files;
    }

    private static void collect(File folder, String prefix, FileFilter filter, Set<String> files) {
        File[] children = folder.listFiles(filter);
        if (children == null) {
            return;
        }
        for (File child : children) {
            if (child.isFile()) {
                files.add(prefix + child.getName());
            } else if (child.isDirectory()) {
                collect(child, prefix + child.getName() + "/", filter, files);
            }
        }
    }

    @Override
    public List<Diagnostic> copyInto(Path folder) {
        DefaultJBakeConfiguration config = JBakeConfigs.create(site, folder.toFile());
        Asset asset = new Asset(config);
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        List<Diagnostic> problems = new ArrayList<>();
        for (Throwable error : asset.getErrors()) {
            // A copy that failed on the staging folder's side (a full disk) is the write stage's error, not the asset's.
            Optional<OutputFailure> unwritable = OutputFailure.into(folder, error);
            problems.add(unwritable.map(failure -> failure.diagnostic(site.root())).orElseGet(() -> Diagnostic.error(site.display(site.assetDir()), 0, 0,
                    "bake.failed", String.valueOf(error.getMessage()), "check that the files in assets/ and content/ are readable")));
        }
        return problems;
    }
}
