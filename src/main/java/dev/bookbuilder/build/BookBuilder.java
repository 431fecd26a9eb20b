package dev.bookbuilder.build;

import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.config.BookConfigLoader;
import dev.bookbuilder.config.EditionConfig;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.diag.Severity;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.render.PageRenderer;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.Stylesheets;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.source.SourceLoader;
import dev.bookbuilder.write.BookWriter;
import dev.bookbuilder.write.Writers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The one place that knows the order of the stages: load, parse once, then for each edition
 * assemble, render and write every format.
 */
public final class BookBuilder {
    private final Templates templates = new Templates();
    private final String version;
    private final List<BookWriter> writers;
    private final dev.bookbuilder.markdown.PageCache pageCache;
    private boolean contentLints;

    public BookBuilder(String version) {
        this(version, Writers.ALL);
    }

    /** A builder that knows these formats (tests register their own). */
    public BookBuilder(String version, List<BookWriter> writers) {
        this(version, writers, null);
    }

    /** A builder that keeps parsed pages across its builds in {@code cache} ({@code build --watch}); null: none. */
    public BookBuilder(String version, List<BookWriter> writers, dev.bookbuilder.markdown.PageCache cache) {
        this.version = version;
        this.writers = List.copyOf(writers);
        this.pageCache = cache;
    }

    /** Also runs {@link ContentLints} after parsing (for {@code book check}). */
    public BookBuilder withContentLints() {
        contentLints = true;
        return this;
    }

    /**
     * Loads and checks the sources. Throws {@link BuildFailedException} only when there is no
     * book to go on with; other errors are collected so that one run reports them all.
     */
    public Loaded load(Path source, List<String> editionIds) {
        Diagnostics diags = new Diagnostics();
        Path root = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            diags.error("missing-file", null, 0, 0, "source folder " + source + " does not exist");
            diags.throwIfErrors();
        }
        BookConfig config = new BookConfigLoader(diags).load(root).orElse(null);
        if (config == null) {
            diags.throwIfErrors();
        }
        for (String id : editionIds) {
            if (config.edition(id) == null) {
                diags.error("unknown-edition", null, 0, 0, "there is no edition `" + id + "` (editions: "
                        + String.join(", ", config.editions().stream().map(EditionConfig::id).toList()) + ")"
                        + dev.bookbuilder.diag.DidYouMean.suffix(id, config.editions().stream().map(EditionConfig::id).toList()));
            }
        }
        BookSources sources = new SourceLoader(diags).load(root, config);
        return new Loaded(sources, diags);
    }

    /** Sources read, not yet parsed, with the warnings met so far. */
    public record Loaded(BookSources sources, Diagnostics diagnostics) {
    }

    public BuildResult build(BuildRequest request, Consumer<String> progress) throws IOException {
        return build(request, progress, Profile.off());
    }

    /** Builds, timing each stage in {@code profile}. */
    public BuildResult build(BuildRequest request, Consumer<String> progress, Profile profile) throws IOException {
        if (request.outInsideSource()) {
            throw new IllegalArgumentException("the output folder " + request.out() + " lies inside the source folder " + request.source());
        }
        Loaded loaded;
        try (var t = profile.stage("load")) {
            loaded = load(request.source(), request.editions());
        }
        BookSources sources = loaded.sources();
        Diagnostics diags = loaded.diagnostics();
        progress.accept("loaded " + sources.pages().size() + " page(s) from " + request.source());
        ParsedBook parsed;
        try (var t = profile.stage("parse (and draw figures)")) {
            parsed = new BookParser(diags, pageCache).parse(sources);
        }
        if (contentLints) {
            ContentLints.run(parsed, diags);
        }
        diags.throwIfErrors();
        progress.accept("parsed");

        // Formats with pages of their own first: others may use where the pages fall (the EPUB's page-list).
        List<BookWriter> formats = (request.formats().isEmpty() ? writers.stream().filter(BookWriter::byDefault).toList()
                : writers.stream().filter(w -> request.formats().contains(w.name())).toList()).stream()
                .sorted(java.util.Comparator.comparing(w -> !w.laysOutPages())).toList();
        List<EditionConfig> editions = request.editions().isEmpty() ? sources.config().editions()
                : request.editions().stream().map(sources.config()::edition).toList();
        progress.accept(BuildProgress.planned(editions.size() * formats.size()));
        java.util.Map<BookWriter, BookWriter.EditionWriter> prepared = new java.util.LinkedHashMap<>();
        for (BookWriter w : formats) {
            try (var t = profile.stage("prepare " + w.name())) {
                prepared.put(w, w.prepare(sources, templates, diags));
            }
        }
        EditionAssembler assembler = new EditionAssembler(parsed);
        PageRenderer renderer = new PageRenderer(templates, version);

        // Nothing reaches out/ until every edition and format is written: files are staged beside
        // their names and moved in at the end, or deleted when anything failed.
        try (OutputFolder folder = OutputFolder.open(request.out())) {
            List<BuildResult.Output> staged = writeEditions(editions, prepared, parsed, sources, assembler, renderer, folder,
                    request, progress, profile);
            diags.throwIfErrors(); // a writer may report an error (a font it cannot use): then nothing is written
            folder.commit();
            List<BuildResult.Output> outputs = new ArrayList<>();
            for (BuildResult.Output o : staged) {
                outputs.add(new BuildResult.Output(o.edition(), o.format(), o.file(), FolderOutput.size(o.file()), o.millis(), o.pages()));
            }
            List<Diagnostic> warnings = diags.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
            BuildManifest.of(request, version).write(folder.dir(), outputs, warnings);
            markTrainingRun(outputs);
            return new BuildResult(List.copyOf(outputs), warnings);
        }
    }

    private List<BuildResult.Output> writeEditions(List<EditionConfig> editions, java.util.Map<BookWriter, BookWriter.EditionWriter> prepared,
            ParsedBook parsed, BookSources sources, EditionAssembler assembler, PageRenderer renderer, OutputFolder folder,
            BuildRequest request, Consumer<String> progress, Profile profile) throws IOException {
        String css = Stylesheets.load(sources.root(), "epub.css");
        // Editions share the parsed book read-only and are built in parallel, one per core.
        int threads = Math.max(1, Math.min(editions.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<BuildResult.Output>>> jobs = new ArrayList<>();
            for (EditionConfig ec : editions) {
                jobs.add(pool.submit(() -> {
                    dev.bookbuilder.edition.Edition edition;
                    try (var t = profile.stage(ec.id() + ": assemble")) {
                        edition = assembler.assemble(ec);
                    }
                    // Rendered once for each kind of markup the formats want (Markup), when the first of them needs it.
                    java.util.Map<dev.bookbuilder.render.Markup, RenderedEdition> renderings = new java.util.HashMap<>();
                    progress.accept(String.format("%-20s rendered", ec.id()));
                    List<BuildResult.Output> written = new ArrayList<>();
                    dev.bookbuilder.write.EditionFacts facts = new dev.bookbuilder.write.EditionFacts();
                    for (var format : prepared.entrySet()) {
                        RenderedEdition rendered;
                        try (var t = profile.stage(ec.id() + ": render for " + format.getKey().name())) {
                            rendered = renderings.computeIfAbsent(format.getKey().markup(),
                                    m -> renderer.render(parsed, edition, css, request.buildTime(), m));
                        }
                        try (var t = profile.stage(ec.id() + ": " + format.getKey().name())) {
                            written.add(writeOne(format.getKey(), format.getValue(), rendered, facts, sources, folder, progress));
                        }
                    }
                    return written;
                }));
            }
            List<BuildResult.Output> outputs = new ArrayList<>();
            try (var t = profile.stage("editions (parallel, in all)")) {
                for (Future<List<BuildResult.Output>> job : jobs) {
                    outputs.addAll(await(job));
                }
            }
            return outputs;
        } finally {
            pool.shutdownNow();
        }
    }

    private BuildResult.Output writeOne(BookWriter format, BookWriter.EditionWriter writer, RenderedEdition rendered,
            dev.bookbuilder.write.EditionFacts facts, BookSources sources, OutputFolder folder, Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        String editionId = rendered.edition().id();
        String base = sources.config().id() + "-" + editionId;
        Path file = folder.dir().resolve(format.writesFolder() ? base : base + "." + format.name());
        if (format.writesFolder()) { // a web site: its archive staged, unpacked in place of the last one at commit
            folder.stageFolder(file, stream -> writer.write(rendered, facts, stream));
        } else {
            folder.stage(file, stream -> writer.write(rendered, facts, stream));
        }
        int pages = format.laysOutPages() ? facts.printedPages().map(p -> p.pages().size()).orElse(0) : 0;
        long bytes = Files.size(folder.stagedFile(file));
        BuildResult.Output o = new BuildResult.Output(editionId, format.name(), file, bytes, (System.nanoTime() - start) / 1_000_000, pages);
        // One whole line per file, so that lines from parallel editions never interleave.
        progress.accept(String.format("%-20s %-4s %s (%,d KB, %d ms)", editionId, format.name(), file.getFileName(),
                (o.bytes() + 1023) / 1024, o.millis()));
        return o;
    }

    /**
     * The launcher archives the classes of one build for later JVMs to start from (class-data sharing), and keeps the
     * archive only when that build wrote a file, so that a no-op build or a failed one is never what later builds load.
     */
    static final String TRAINING_MARKER = "bookbuilder.training-marker";

    private static void markTrainingRun(List<BuildResult.Output> outputs) {
        String marker = System.getProperty(TRAINING_MARKER);
        if (marker != null && !marker.isBlank() && !outputs.isEmpty()) {
            try {
                Files.writeString(Path.of(marker), outputs.size() + "\n");
            } catch (IOException e) {
                // no archive this time: the next build trains again
            }
        }
    }

    private static <T> T await(Future<T> job) throws IOException {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

}
