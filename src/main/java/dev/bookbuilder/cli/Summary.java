package dev.bookbuilder.cli;

import dev.bookbuilder.build.BuildResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table closing a build: one row per edition and format (file, size, printed pages, time), and the total. */
final class Summary {
    private Summary() {
    }

    static List<String> table(List<BuildResult.Output> outputs, long totalMillis) {
        int fileWidth = Math.max(4, outputs.stream().mapToInt(o -> o.file().getFileName().toString().length()).max().orElse(0));
        int editionWidth = Math.max(7, outputs.stream().mapToInt(o -> o.edition().length()).max().orElse(0));
        String row = "%-" + editionWidth + "s  %-6s  %-" + fileWidth + "s  %9s  %5s  %8s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, row, "edition", "format", "file", "size", "pages", "time"));
        long bytes = 0;
        int pages = 0;
        for (BuildResult.Output o : outputs) {
            lines.add(String.format(Locale.ROOT, row, o.edition(), o.format(), o.file().getFileName(), size(o.bytes()),
                    o.pages() > 0 ? Integer.toString(o.pages()) : "-", seconds(o.millis())));
            bytes += o.bytes();
            pages += o.pages();
        }
        lines.add(String.format(Locale.ROOT, row, "total", "", outputs.size() + " file(s)", size(bytes),
                pages > 0 ? Integer.toString(pages) : "-", seconds(totalMillis)));
        return lines;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
