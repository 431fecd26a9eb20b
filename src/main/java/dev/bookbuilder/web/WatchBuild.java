package dev.bookbuilder.web;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Severity;
import dev.bookbuilder.markdown.PageCache;
import dev.bookbuilder.write.BookWriter;
import dev.bookbuilder.write.Writers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code build --watch}: one warm process that builds, then after each save parses only the pages that
 * changed ({@link PageCache}) and writes again, the EPUB first (the quick one to look at), then the
 * other formats. In this mode the EPUB goes without the print edition's page-list, which needs the
 * PDF laid out first; a plain build adds it.
 */
public final class WatchBuild {
    private final PageCache pageCache = new PageCache();
    private final BookBuilder builder;
    private final BuildRequest request;
    private final PrintWriter out;
    private final PrintWriter err;

    public WatchBuild(String version, BuildRequest request, PrintWriter out, PrintWriter err) {
        this.builder = new BookBuilder(version, Writers.ALL, pageCache);
        Writers.ALL.stream().filter(w -> w instanceof dev.bookbuilder.epub.EpubFormat)
                .forEach(w -> ((dev.bookbuilder.epub.EpubFormat) w).keepPagesBetweenBuilds());
        this.request = request;
        this.out = out;
        this.err = err;
    }

    /** Builds, then rebuilds after every change until the process is stopped; returns 1 when the folder cannot be watched. */
    public int run() {
        try (SourceWatcher watcher = new SourceWatcher(request.source())) {
            round();
            out.println("watching " + request.source() + " and its styles/ for changes (Ctrl+C stops)");
            out.flush();
            while (true) {
                Set<Path> changed = watcher.next(Long.MAX_VALUE);
                if (!changed.isEmpty()) {
                    out.println("changed: " + String.join(", ", changed.stream().map(p -> p.getFileName().toString()).toList()));
                    round();
                }
            }
        } catch (IOException e) {
            err.println("error: cannot watch " + request.source() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * One build of every format asked for, the EPUB first; errors are reported and the last good
     * files stay. Returns the milliseconds each phase took (the EPUB's first), or an empty list on errors.
     */
    public List<Long> round() {
        List<Long> times = new ArrayList<>();
        for (Set<String> phase : phases()) {
            long start = System.nanoTime();
            try {
                BuildResult r = builder.build(new BuildRequest(request.source(), request.out(), request.editions(), phase,
                        request.buildTime()), line -> {
                            out.println(line);
                            out.flush();
                        });
                long ms = (System.nanoTime() - start) / 1_000_000;
                times.add(ms);
                r.warnings().forEach(w -> err.println(w.format(Path.of(""))));
                out.printf(Locale.ROOT, "%s rebuilt in %,d ms%n", String.join(", ", phase), ms);
            } catch (BuildFailedException e) {
                List<Diagnostic> all = e.diagnostics().sorted();
                all.forEach(d -> err.println(d.format(Path.of(""))));
                err.println("build failed: " + all.stream().filter(d -> d.severity() == Severity.ERROR).count()
                        + " error(s); the last good files stay; fix and save to try again");
                err.flush();
                return List.of();
            } catch (IOException | RuntimeException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return List.of();
            }
            out.flush();
        }
        return times;
    }

    /** The EPUB alone first, then the other formats asked for (by default: those a plain build writes). */
    List<Set<String>> phases() {
        List<String> names = request.formats().isEmpty()
                ? Writers.ALL.stream().filter(BookWriter::byDefault).map(BookWriter::name).toList()
                : Writers.names().stream().filter(request.formats()::contains).toList();
        List<Set<String>> phases = new ArrayList<>();
        if (names.contains("epub")) {
            phases.add(Set.of("epub"));
        }
        List<String> rest = names.stream().filter(n -> !n.equals("epub")).toList();
        if (!rest.isEmpty()) {
            phases.add(Set.copyOf(rest));
        }
        return phases;
    }

    /** How many pages the last build parsed; the others came from the cache. */
    public int pagesParsedLastBuild() {
        return pageCache.parsedLastBuild();
    }
}
