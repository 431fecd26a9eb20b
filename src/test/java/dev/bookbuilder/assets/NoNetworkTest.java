package dev.bookbuilder.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole build (EPUB and PDF) of a book whose stylesheets, SVG images and DTD references all point
 * at a listener on this machine: the listener must see no connection at all, whatever the book says.
 */
@Tag("fast")
class NoNetworkTest {

    @Test
    void aHostileBookMakesTheBuildConnectNowhere(@TempDir Path dir) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + listener.getLocalPort();
            Path chapters = dir.resolve("chapters");
            Files.createDirectories(chapters.resolve("01-a/images"));
            Files.createDirectories(dir.resolve("styles"));
            Files.writeString(chapters.resolve("book.yml"), "id: net\ntitle: 网\nclusters: [01-a]\n");
            Files.writeString(chapters.resolve("01-a/cluster.md"), "---\ntitle: 第一篇\ntheme: t\naudience: a\n---\n\n引言。\n");
            Files.writeString(chapters.resolve("01-a/01-q.md"), "---\ntitle: 问题\npoints: [p]\n---\n\n正文。\n\n![图](images/x.svg)\n");
            Files.writeString(chapters.resolve("01-a/images/x.svg"), "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \""
                    + base + "/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " width=\"40\" height=\"30\"><style>@import url(" + base + "/s.css);</style><image xlink:href=\"" + base
                    + "/i.png\" width=\"9\" height=\"9\"/><use xlink:href=\"" + base + "/u.svg#a\"/><rect fill=\"url(" + base
                    + "/p)\" width=\"9\" height=\"9\"/><rect width=\"40\" height=\"30\" fill=\"#88a\"/></svg>");
            String css = "@import url(" + base + "/a.css);\n@import \"" + base + "/b.css\";\nbody { background: url(" + base + "/bg.png); }\n"
                    + "@font-face { font-family: X; src: url(" + base + "/f.woff); }\np { color: #222; }\n";
            Files.writeString(dir.resolve("styles/epub.css"), css);
            Files.writeString(dir.resolve("styles/print.css"), css);

            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                    "build", "--source", chapters.toString(), "--out", dir.resolve("out").toString());

            assertEquals(0, code, err.toString());
            assertTrue(Files.size(dir.resolve("out/net-complete.pdf")) > 0 && Files.size(dir.resolve("out/net-complete.epub")) > 0);
            assertTrue(err.toString().contains("unsafe-css") && err.toString().contains("unsafe-svg"), err.toString());
            assertEquals(List.of(), connections(listener), "connections the build made to " + base);
        }
    }

    /** Every connection the listener's backlog holds: made during the build, accepted only now. */
    private static List<String> connections(ServerSocket listener) throws IOException {
        List<String> made = new ArrayList<>();
        listener.setSoTimeout(300);
        while (true) {
            try (Socket s = listener.accept()) {
                made.add(s.getRemoteSocketAddress().toString());
            } catch (SocketTimeoutException e) {
                return made;
            }
        }
    }
}
