package dev.bookbuilder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code book test}: listed here so that help shows it; the launcher runs it (it needs the builder's
 * sources and Maven, which the jar does not carry), so reaching this class means the jar was run directly.
 */
@Command(name = "test", description = "Runs the builder's tests: ./book test (all), ./book test --fast (under a minute),"
        + " ./book test --content (the course text's checks). Run from the builder's source checkout (needs Maven).")
final class TestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Unmatched
    java.util.List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: the tests run from the builder's source checkout: ./book test [--fast|--content]"
                + " (they need the sources and Maven, not only the jar)");
        return 2;
    }
}
