package dev.bookbuilder.cli;

import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics the way compilers do, one per line, paths relative to the working folder. */
final class Reports {
    private Reports() {
    }

    static int failed(BuildFailedException e, PrintWriter err) {
        return failed(e, new Console(new PrintWriter(PrintWriter.nullWriter()), err, Console.Level.NORMAL, false));
    }

    static int failed(BuildFailedException e, Console console) {
        List<Diagnostic> all = e.diagnostics().sorted();
        all.forEach(console::diagnostic);
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        console.err.println("build failed: " + errors + " error(s), " + (all.size() - errors) + " warning(s); nothing was written");
        console.err.flush();
        return 1;
    }
}
