package dev.bookbuilder.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openpdf.extend.FontResolver;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;

/**
 * The PDF renderer's only way to a resource: a file of the book (below the source folder or its
 * styles folder, links followed), never the network or another file. Images are served as the
 * book prepared them (checked, sized for print; SVG cleaned); anything else is refused, so an
 * address in a stylesheet or page cannot make the build connect anywhere.
 */
public final class BookUserAgent extends ITextUserAgent {
    private final List<Path> roots;
    private final ImageSettings settings;

    private BookUserAgent(ITextOutputDevice device, int dotsPerPixel, List<Path> roots, ImageSettings settings) {
        super(device, dotsPerPixel);
        this.roots = roots;
        this.settings = settings;
    }

    /** A renderer (with the renderer's default resolution) whose resources all come through this agent. */
    public static ITextRenderer renderer(FontResolver fonts, Path sourceRoot) {
        return renderer(fonts, sourceRoot, new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT));
    }

    /** The same, drawing through the given output device (made at the renderer's default resolution). */
    public static ITextRenderer renderer(FontResolver fonts, Path sourceRoot, ITextOutputDevice device) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        List<Path> roots = root.getParent() == null ? List.of(root) : List.of(root, root.getParent().resolve("styles"));
        BookUserAgent agent = new BookUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, roots, ImageSettings.of(sourceRoot));
        return new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, fonts);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (rendererOwn(uri)) {
            return URI.create(uri).toURL().openStream(); // the renderer's default stylesheet, inside its own jar
        }
        Path file = bookFile(uri);
        if (ImageHeader.sniff(head(file)).isPresent()) {
            return new ByteArrayInputStream(ImageAssets.forPdf(file, settings));
        }
        return Files.newInputStream(file);
    }

    /** A resource of the renderer itself ({@code jar:file:…openpdf-html….jar!/resources/css/…}), never one a book names. */
    private static boolean rendererOwn(String uri) {
        java.security.CodeSource code = ITextRenderer.class.getProtectionDomain().getCodeSource();
        return code != null && uri.startsWith("jar:" + code.getLocation() + "!/resources/") && !uri.contains("..");
    }

    /** The file {@code uri} names, when it is a plain file of the book; else why not. */
    Path bookFile(String uri) throws IOException {
        URI u;
        try {
            u = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new IOException("not an address: " + uri);
        }
        if (!"file".equalsIgnoreCase(u.getScheme())) {
            throw new IOException("the PDF reads only the book's own files, not " + uri);
        }
        Path file = Path.of(u);
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a file of the book: " + uri);
        }
        Path real = file.toRealPath();
        for (Path root : roots) {
            if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) {
                return real;
            }
        }
        throw new IOException("outside the book's folder: " + uri);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }
}
