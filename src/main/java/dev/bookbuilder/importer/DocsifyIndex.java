package dev.bookbuilder.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a docsify site's {@code index.html} says of the book: its {@code window.$docsify = {name: '南瓜书PumpkinBook'}},
 * the title docsify shows above the sidebar. A home page often has no {@code #} heading (datawhalechina/pumpkin-book's
 * only embeds the repository's README), so without it the book would be titled by its folder's name.
 */
final class DocsifyIndex {
    private static final Pattern NAME = Pattern.compile("\\$docsify\\s*=\\s*\\{.*?\\bname\\s*:\\s*(['\"`])(.*?)(?<!\\\\)\\1", Pattern.DOTALL);

    private DocsifyIndex() {
    }

    /** The site's name without markup; empty when {@code index.html} names none. */
    static Optional<String> title(Path root) throws IOException {
        Path index = root.resolve("index.html");
        if (!Files.isRegularFile(index, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(index) > 1 << 20) {
            return Optional.empty();
        }
        String html = new String(Files.readAllBytes(index), StandardCharsets.UTF_8);
        Matcher m = NAME.matcher(html);
        String name = m.find() ? m.group(2).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip() : "";
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
