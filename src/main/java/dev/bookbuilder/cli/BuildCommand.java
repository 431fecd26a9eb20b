package dev.bookbuilder.cli;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildClock;
import dev.bookbuilder.build.BuildManifest;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.build.Profile;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.write.Writers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code book build}: every edition in every format, or the ones asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds editions of the book into the output folder (nothing is written unless every file is built;"
                + " nothing is rewritten when no input changed since the last build).")
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

    @Option(names = "--force", description = "Build even when nothing changed since the last build.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print each stage's time.")
    boolean verbose;

    @Option(names = "--source", paramLabel = "DIR", description = "The book's chapters folder (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("chapters");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the books (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Override
    public Integer call() {
        Console console = Console.of(spec.commandLine(), quiet, verbose);
        for (String f : formats) {
            if (Writers.named(f).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown format `" + f + "`"
                        + dev.bookbuilder.diag.DidYouMean.suffix(f, Writers.names()) + " (formats: " + String.join(", ", Writers.names()) + ")");
            }
        }
        Optional<Instant> pinned;
        try {
            pinned = BuildClock.pinned(System.getenv(), source);
        } catch (IllegalArgumentException e) {
            console.error("error: " + e.getMessage());
            return 1;
        }
        BuildRequest request = new BuildRequest(source, out, List.copyOf(editions), Set.copyOf(formats), pinned.orElseGet(Instant::now));
        if (request.outInsideSource()) {
            // A usage error, but the whole usage text after it would push the one line that matters out of view.
            console.error("error: --out " + out + " lies inside the source folder " + source
                    + ": the books would be written among the chapters; choose a folder outside it (default: out)");
            return 2;
        }
        if (watch) {
            return new dev.bookbuilder.web.WatchBuild(Version.get(), request, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        }
        long start = System.nanoTime();
        try {
            BuildManifest manifest = BuildManifest.of(request, Version.get());
            Optional<BuildResult> previous = force ? Optional.empty() : manifest.upToDate(out, pinned.isEmpty());
            if (previous.isPresent()) {
                previous.get().warnings().forEach(console::diagnostic);
                console.out.printf(Locale.ROOT, "up to date: %d file(s) in %s, no input changed since the last build (%d ms; --force builds again)%n",
                        previous.get().outputs().size(), out, (System.nanoTime() - start) / 1_000_000);
                return 0;
            }
            return build(request, console, start);
        } catch (BuildFailedException e) {
            return Reports.failed(e, console);
        } catch (IOException e) {
            console.error("error: cannot write the book: " + IoProblems.describe(e));
            return 1;
        }
    }

    private int build(BuildRequest request, Console console, long start) throws IOException {
        Profile timing = profile || verbose ? Profile.on() : Profile.off();
        ProgressBar bar = ProgressBar.of(console);
        BuildResult result;
        try {
            result = new BookBuilder(Version.get()).build(request, line -> {
                bar.clear();
                console.progress(line);
                bar.update(line);
            }, timing);
        } finally {
            bar.clear();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (console.level != Console.Level.QUIET) {
            timing.report().forEach(console.out::println);
            Summary.table(result.outputs(), millis).forEach(console.out::println);
        }
        result.warnings().forEach(console::diagnostic);
        if (console.level != Console.Level.QUIET || !result.warnings().isEmpty()) {
            console.out.println("built " + result.outputs().size() + " file(s) into " + out
                    + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)"));
        }
        return 0;
    }
}
