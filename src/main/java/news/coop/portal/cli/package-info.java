/**
 * The command line: picocli subcommands, the exit-code contract, and printing of diagnostics. An option
 * that several commands take is a mixin, declared once ({@code ProjectOption}, {@code DebugOption},
 * {@code SiteOptions}, {@code StrictOption}, {@code ReportOptions}, {@code TermOptions}).
 */
package news.coop.portal.cli;
