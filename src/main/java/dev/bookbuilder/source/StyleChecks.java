package dev.bookbuilder.source;

import dev.bookbuilder.assets.CssSanitizer;
import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.Stylesheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reports what the book's own stylesheets ({@code styles/epub.css}, {@code styles/print.css}) hold
 * that the build takes out, at its line: an {@code @import} or a {@code url()} that leaves the book, a
 * character XML does not allow; and a stylesheet that is a link to a file elsewhere.
 */
final class StyleChecks {
    static final List<String> NAMES = List.of("epub.css", "print.css");

    private StyleChecks() {
    }

    static void check(Path root, Diagnostics diags) {
        for (String name : NAMES) {
            Stylesheets.file(root, name).ifPresent(file -> {
                if (!Stylesheets.insideStyles(root, file)) {
                    diags.error("outside-source", file, 1, 1, "`styles/" + name + "` leads outside the styles folder: the builder reads only"
                            + " the book's own files");
                    return;
                }
                if (!Files.isRegularFile(file)) {
                    diags.error("unreadable", file, 1, 1, "not a plain file (a folder, a device or a pipe)");
                    return;
                }
                SourceFiles.read(file, diags).ifPresent(css -> CssSanitizer.clean(css).removed().forEach(r -> diags.warning("unsafe-css",
                        file, r.line(), r.column(), r.what() + " removed: a stylesheet may not load anything from outside the book "
                        + "(the EPUB would not hold it, and the build would fetch it)")));
            });
        }
    }
}
