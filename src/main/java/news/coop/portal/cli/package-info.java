/** The command line: picocli subcommands, the exit-code contract, and printing of diagnostics. */
package news.coop.portal.cli;
