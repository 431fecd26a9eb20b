package dev.bookbuilder.cli;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildClock;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.build.EpubValidator;
import dev.bookbuilder.build.TempFiles;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code book check}: every diagnostic a build gives, the content lints, and EPUBCheck on each EPUB,
 * all without writing a book: the editions are built into a temporary folder that is deleted after.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the book without writing it: every diagnostic of a build, content lints (unused images,"
                + " figures and tables never referred to) and EPUBCheck on each EPUB. Exit code 1 when there are errors.")
final class CheckCommand implements Callable<Integer> {
    enum Output { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", paramLabel = "ID", description = "An edition to check (repeatable); default: all.")
    List<String> editions = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 1 when there is any).")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "How to print the diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Output format = Output.text;

    @Option(names = {"-q", "--quiet"}, description = "Print only the diagnostics.")
    boolean quiet;

    @Option(names = "--source", paramLabel = "DIR", description = "The book's chapters folder (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("chapters");

    @Override
    public Integer call() throws IOException {
        // JSON goes alone to stdout; progress would spoil it.
        Console console = Console.of(spec.commandLine(), quiet || format == Output.json, false);
        List<Diagnostic> found = new ArrayList<>();
        Path temp = Files.createTempDirectory("book-check-");
        TempFiles.own(temp);
        try {
            BuildRequest request = new BuildRequest(source, temp, List.copyOf(editions), Set.of(),
                    BuildClock.resolve(System.getenv(), source));
            BuildResult result = new BookBuilder(Version.get()).withContentLints().build(request, console::progress);
            found.addAll(result.warnings());
            Diagnostics epubcheck = new Diagnostics();
            for (BuildResult.Output o : result.outputs()) {
                if (o.format().equals("epub")) {
                    int n = EpubValidator.validate(o.file(), Path.of(o.file().getFileName().toString()), epubcheck);
                    console.progress(String.format("%-20s epubcheck: %s", o.edition(), n == 0 ? "0 errors, 0 warnings" : n + " finding(s)"));
                }
            }
            found.addAll(epubcheck.sorted());
        } catch (BuildFailedException e) {
            found.addAll(e.diagnostics().sorted());
        } catch (IllegalArgumentException e) {
            console.error("error: " + e.getMessage());
            return 1;
        } finally {
            TempFiles.deleteTree(temp);
            TempFiles.release(temp);
        }
        return report(found, console);
    }

    private int report(List<Diagnostic> found, Console console) {
        java.util.function.Function<Diagnostic, Severity> shown = d -> strict ? Severity.ERROR : d.severity();
        long errors = found.stream().filter(d -> shown.apply(d) == Severity.ERROR).count();
        if (format == Output.json) {
            console.out.println(JsonDiagnostics.write(found, shown));
            console.out.flush();
        } else {
            found.forEach(d -> console.diagnostic(d, shown.apply(d)));
            console.err.println("check " + (errors > 0 ? "failed" : "passed") + ": " + errors + " error(s), " + (found.size() - errors)
                    + " warning(s)" + (strict && !found.isEmpty() ? " (--strict: warnings count as errors)" : ""));
            console.err.flush();
        }
        return errors > 0 ? 1 : 0;
    }
}
