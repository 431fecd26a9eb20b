package dev.bookbuilder.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code book}: builds EPUB 3 books from Markdown chapters. */
@Command(name = "book", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds books from Markdown chapters (see README.md).",
        subcommands = {BuildCommand.class, ListCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
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
