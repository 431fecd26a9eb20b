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
import dev.bookbuilder.epub.Epub3Writer;
import dev.bookbuilder.epub.EpubModel;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.pdf.PdfBookWriter;
import dev.bookbuilder.pdf.PdfFonts;
import dev.bookbuilder.render.PageRenderer;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.Stylesheets;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    public BookBuilder(String version) {
        this.version = version;
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
                        + String.join(", ", config.editions().stream().map(EditionConfig::id).toList()) + ")");
            }
        }
        BookSources sources = new SourceLoader(diags).load(root, config);
        return new Loaded(sources, diags);
    }

    /** Sources read, not yet parsed, with the warnings met so far. */
    public record Loaded(BookSources sources, Diagnostics diagnostics) {
    }

    public BuildResult build(BuildRequest request, Consumer<String> progress) throws IOException {
        Loaded loaded = load(request.source(), request.editions());
        BookSources sources = loaded.sources();
        Diagnostics diags = loaded.diagnostics();
        ParsedBook parsed = new BookParser(diags).parse(sources);
        diags.throwIfErrors();

        Set<Format> formats = request.formats().isEmpty() ? EnumSet.allOf(Format.class) : request.formats();
        List<EditionConfig> editions = request.editions().isEmpty() ? sources.config().editions()
                : request.editions().stream().map(sources.config()::edition).toList();
        String css = Stylesheets.load(sources.root(), "epub.css");
        PdfBookWriter pdf = formats.contains(Format.PDF) ? pdfWriter(sources, diags) : null;
        EditionAssembler assembler = new EditionAssembler(parsed);
        PageRenderer renderer = new PageRenderer(templates, version);

        // Editions share the parsed book read-only and are built in parallel, one per core.
        int threads = Math.max(1, Math.min(editions.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<BuildResult.Output>>> jobs = new ArrayList<>();
            for (EditionConfig ec : editions) {
                jobs.add(pool.submit(() -> {
                    Edition edition = assembler.assemble(ec);
                    RenderedEdition rendered = renderer.render(parsed, edition, css, request.buildTime());
                    List<BuildResult.Output> written = new ArrayList<>();
                    for (Format format : formats) {
                        written.add(writeOne(format, rendered, sources, pdf, request.out(), progress));
                    }
                    return written;
                }));
            }
            List<BuildResult.Output> outputs = new ArrayList<>();
            for (Future<List<BuildResult.Output>> job : jobs) {
                outputs.addAll(await(job));
            }
            List<Diagnostic> warnings = diags.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
            return new BuildResult(List.copyOf(outputs), warnings);
        } finally {
            pool.shutdownNow();
        }
    }

    private BuildResult.Output writeOne(Format format, RenderedEdition rendered, BookSources sources, PdfBookWriter pdf,
            Path out, Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        String editionId = rendered.edition().id();
        Path file = out.resolve(sources.config().id() + "-" + editionId + "." + format.extension());
        write(format, rendered, sources, pdf, file);
        BuildResult.Output o = new BuildResult.Output(editionId, format, file, Files.size(file), (System.nanoTime() - start) / 1_000_000);
        // One whole line per file, so that lines from parallel editions never interleave.
        progress.accept(String.format("%-20s %-4s %s (%,d KB, %d ms)", editionId, format.extension(), file,
                (o.bytes() + 1023) / 1024, o.millis()));
        return o;
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


    /** Fonts are found and loaded once per build, whatever the number of editions. */
    private static PdfBookWriter pdfWriter(BookSources sources, Diagnostics diags) {
        PdfFonts fonts = PdfFonts.discover(sources.config().pdf().fonts(), diags);
        if (!fonts.complete()) {
            diags.warning("no-cjk-font", null, 0, 0, "no Chinese font found for the PDF, so it uses the built-in STSong-Light, "
                    + "which is not embedded; install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) or name one in book.yml's pdf.fonts");
        }
        return new PdfBookWriter(fonts, Stylesheets.load(sources.root(), "print.css"), diags);
    }

    private void write(Format format, RenderedEdition rendered, BookSources sources, PdfBookWriter pdf, Path file)
            throws IOException {
        switch (format) {
            case PDF -> AtomicOutput.write(file, out -> pdf.write(rendered, sources.root(), out));
            case EPUB -> {
                var model = EpubModel.of(rendered, sources.root());
                AtomicOutput.write(file, out -> new Epub3Writer(templates).write(model, sources.config().subtitle(),
                        rendered.buildTime(), out));
            }
        }
    }
}
