package news.coop.portal.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One line of the benchmark's table: what was measured, the median of its runs' wall times, the
 * highest peak resident memory of its runs (-1 where none is known) and a note. Immutable.
 */
record Row(String work, double seconds, int runs, long peakMegabytes, String note) {
    /** A row of the median of {@code seconds} and the highest of {@code peaksMegabytes}. */
    static Row of(String work, List<Double> seconds, List<Long> peaksMegabytes, String note) {
        return new Row(work, median(seconds), seconds.size(), peaksMegabytes.isEmpty() ? -1 : Collections.max(peaksMegabytes), note);
    }

    /**
     * Prints {@code rows} as a Markdown table; with {@code hugoSeconds} (Hugo's full build, or null
     * without Hugo), a column of each row's ratio to it, "0.62 × Hugo".
     */
    static void print(PrintWriter out, List<Row> rows, Double hugoSeconds) {
        boolean hugo = hugoSeconds != null;
        out.println(hugo ? "| work | median | runs | peak RSS | vs Hugo | |" : "| work | median | runs | peak RSS | |");
        out.println(hugo ? "|---|---|---|---|---|---|" : "|---|---|---|---|---|");
        for (Row row : rows) {
            String memory = row.peakMegabytes() < 0 ? "—" : String.format(Locale.ROOT, "%,d MB", row.peakMegabytes());
            String ratio = hugo ? String.format(Locale.ROOT, " %.2f × Hugo |", row.seconds() / hugoSeconds) : "";
            out.printf(Locale.ROOT, "| %s | %.2f s | %d | %s |%s %s |%n", row.work(), row.seconds(), row.runs(), memory, ratio, row.note());
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
