package dev.bookbuilder.cli;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.config.EditionConfig;
import dev.bookbuilder.config.Positioned;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.source.Cluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code book list}: the editions, their stages, clusters and question counts. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the book's editions.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The book's chapters folder (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("chapters");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BookSources src;
        try {
            BookBuilder.Loaded loaded = new BookBuilder(Version.get()).load(source, List.of());
            loaded.diagnostics().throwIfErrors();
            src = loaded.sources();
        } catch (BuildFailedException e) {
            return Reports.failed(e, spec.commandLine().getErr());
        }
        for (EditionConfig e : src.config().editions()) {
            int total = e.clusterFolders().stream().map(src::cluster).mapToInt(c -> c == null ? 0 : c.questions().size()).sum();
            out.printf("%s  %s  (%d questions)%n", e.id(), e.title(), total);
            for (EditionConfig.Stage s : e.stages()) {
                for (Positioned<String> f : s.clusters()) {
                    Cluster c = src.cluster(f.value());
                    out.println("    " + pad(s.label() == null ? "" : s.label(), 9) + pad(f.value(), 23)
                            + pad(c == null ? "?" : c.shortTitle(), 18) + String.format("%2d", c == null ? 0 : c.questions().size()));
                }
            }
        }
        return 0;
    }

    /** Pads to a width in terminal columns: a Chinese character takes two. */
    static String pad(String text, int columns) {
        int width = text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }
}
