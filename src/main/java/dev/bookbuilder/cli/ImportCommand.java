package dev.bookbuilder.cli;

import dev.bookbuilder.importer.BookImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code book import}: an mdBook, GitBook/Honkit, docsify site or numbered folder into a source folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns an mdBook, a GitBook/Honkit book, a docsify site or a folder of numbered Markdown files"
                + " into a source folder that `book build` reads. The prose is not edited.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The existing book's folder (with book.toml, SUMMARY.md or _sidebar.md).")
    Path from;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The new source folder (must not exist or be empty).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(from)) {
            err.println("error: " + from + " is not a folder");
            return 2;
        }
        try {
            BookImporter.Report report = new BookImporter().importBook(from, out);
            report.notes().forEach(n -> err.println("note: " + n));
            stdout.println("imported " + report.style() + ": " + report.chapters() + " chapter(s), " + report.pages()
                    + " page(s) into " + out + (report.notes().isEmpty() ? "" : "; " + report.notes().size() + " note(s) above"));
            stdout.println("next: ./book build --source " + out);
            return 0;
        } catch (IOException e) {
            err.println("error: " + IoProblems.describe(e));
            return 1;
        } catch (dev.bookbuilder.diag.BuildFailedException e) {
            // Files the import cannot read (not UTF-8, or leading outside the book): each at its position.
            e.diagnostics().sorted().forEach(d -> err.println(d.format(Path.of(""))));
            err.println("import failed: nothing was written");
            return 1;
        }
    }
}
