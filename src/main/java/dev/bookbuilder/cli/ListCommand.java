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
                    out.printf("    %-8s %-22s %-16s %2d%n", s.label() == null ? "" : s.label(), f.value(),
                            c == null ? "?" : c.shortTitle(), c == null ? 0 : c.questions().size());
                }
            }
        }
        return 0;
    }
}
