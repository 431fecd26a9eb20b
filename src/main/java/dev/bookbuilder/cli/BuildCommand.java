package dev.bookbuilder.cli;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildClock;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.write.Writers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code book build}: every edition in every format, or the ones asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds editions of the book into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", paramLabel = "ID", description = "An edition to build (repeatable); default: all.")
    List<String> editions = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "A format to write (repeatable): ${COMPLETION-CANDIDATES}; default: epub and pdf (html is the web edition).")
    List<String> formats = new ArrayList<>();

    /** The registered formats' names, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Writers.names().iterator();
        }
    }

    @Option(names = "--watch", description = "Stay running: after each save in the sources or styles/, parse the changed pages again and rewrite the books (EPUB first).")
    boolean watch;

    @Option(names = "--profile", description = "After the build, print wall and CPU time per stage and the peak heap.")
    boolean profile;

    @Option(names = "--source", paramLabel = "DIR", description = "The book's chapters folder (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("chapters");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the books (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (String f : formats) {
            if (Writers.named(f).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown format `" + f + "` (formats: "
                        + String.join(", ", Writers.names()) + ")");
            }
        }
        Instant time;
        try {
            time = BuildClock.resolve(System.getenv(), source);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        if (watch) {
            return new dev.bookbuilder.web.WatchBuild(Version.get(), new BuildRequest(source, out, List.copyOf(editions),
                    java.util.Set.copyOf(formats), time), stdout, err).run();
        }
        BookBuilder builder = new BookBuilder(Version.get());
        dev.bookbuilder.build.Profile timing = profile ? dev.bookbuilder.build.Profile.on() : dev.bookbuilder.build.Profile.off();
        long start = System.nanoTime();
        try {
            BuildResult result = builder.build(new BuildRequest(source, out, List.copyOf(editions),
                    java.util.Set.copyOf(formats), time), line -> {
                        stdout.println(line);
                        stdout.flush();
                    }, timing);
            timing.report().forEach(stdout::println);
            if (profile) {
                stdout.printf(java.util.Locale.ROOT, "total %,d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
            result.warnings().forEach(w -> err.println(w.format(Path.of(""))));
            stdout.println("built " + result.outputs().size() + " file(s)"
                    + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)"));
            return 0;
        } catch (BuildFailedException e) {
            return Reports.failed(e, err);
        } catch (IOException e) {
            err.println("error: cannot write the book: " + e.getMessage());
            return 1;
        }
    }
}
