package news.coop.portal.cli;

import picocli.CommandLine;

/**
 * {@code portal --version}: the version Maven wrote into the jar's manifest ({@code Implementation-Version},
 * from the pom). Run from classes without a manifest (as the unit tests run it) it says so rather
 * than invent one. Stateless.
 */
final class ManifestVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {version == null ? "portal (version unknown: not run from its jar)" : "portal " + version};
    }
}
