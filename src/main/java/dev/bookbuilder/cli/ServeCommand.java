package dev.bookbuilder.cli;

import dev.bookbuilder.build.BuildClock;
import dev.bookbuilder.web.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code book serve}: the web edition in the browser, rebuilt and reloaded after each save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves an edition as a web site on this machine, rebuilding it and reloading the open page after each save.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", paramLabel = "ID", description = "The edition to serve (default: the first in book.yml).")
    String edition;

    @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port = 3000;

    @Option(names = "--host", paramLabel = "H", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--source", paramLabel = "DIR", description = "The book's chapters folder (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("chapters");

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant time;
        try {
            time = BuildClock.resolve(System.getenv(), source);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(source, edition, Version.get(), time, host, port, out);
            server.start();
        } catch (IOException e) {
            err.println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        out.println("serving " + (edition == null ? "the first edition" : "edition " + edition) + " at " + server.address()
                + " (Ctrl+C stops)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join(); // until Ctrl+C
        return 0;
    }
}
