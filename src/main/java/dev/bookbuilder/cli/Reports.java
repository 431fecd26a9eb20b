package dev.bookbuilder.cli;

import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints diagnostics the way compilers do, one per line, paths relative to the working folder. */
final class Reports {
    private Reports() {
    }

    static int failed(BuildFailedException e, PrintWriter err) {
        List<Diagnostic> all = e.diagnostics().sorted();
        all.forEach(d -> err.println(d.format(Path.of(""))));
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        err.println("build failed: " + errors + " error(s), " + (all.size() - errors) + " warning(s); nothing was written");
        err.flush();
        return 1;
    }
}
