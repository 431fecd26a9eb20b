package dev.bookbuilder.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code book}: builds EPUB 3 books from Markdown chapters. */
@Command(name = "book", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds books from Markdown chapters (see README.md).",
        // One line per command; a new command is a class and an entry here.
        subcommands = {
            NewCommand.class,
            BuildCommand.class,
            CheckCommand.class,
            ListCommand.class,
            ImportCommand.class,
            TestCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code book} alone: the help, on stderr, and exit code 2 (a command is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        // Before anything reads java.io.tmpdir: the build's temp files go to a folder of its own,
        // removed on exit (and by the next build if this one is killed).
        dev.bookbuilder.build.TempFiles.usePrivateTemp();
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(new PrintWriter(System.err, true));
        }
        System.exit(code);
    }

    /** A build larger than the heap allows: what to do, not a stack trace. */
    static int outOfMemory(PrintWriter err) {
        err.println("error: the build needs more memory than the JVM's heap of "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; run it again with a larger one, e.g. BOOK_HEAP=4g ./book build");
        return 1;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given streams (tests call this in-process). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(new ServeCommand()); // in code, not in the annotation's list, so that merges do not collide
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) { // from a worker thread, wrapped
                    return outOfMemory(cmd.getErr());
                }
            }
            // A bug in the builder, not in the book: say so in one line; BOOKBUILDER_DEBUG=1 shows the trace.
            cmd.getErr().println("internal error: " + e);
            if (System.getenv("BOOKBUILDER_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set BOOKBUILDER_DEBUG=1 for the stack trace, and please report it)");
            }
            return 70;
        });
        return cl.execute(args);
    }
}
