package dev.bookbuilder.importer;

import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docsify's embeds, done once at import as docsify does them in the browser: {@code [text](part.md ':include')}
 * puts that page's Markdown in place, {@code ':include :type=code'} a file as a code block. The file must be the
 * book's own: a path inside its repository, or its address on GitHub when the repository is this one
 * (datawhalechina/pumpkin-book's home page is nothing but an embed of the repository's README by its raw address).
 * An embed that cannot be done stays a link, with a note.
 */
final class DocsifyEmbeds {
    private static final Pattern EMBED = Pattern.compile("\\[([^\\]\\n]*)\\]\\(\\s*(\\S+)\\s+(['\"]):include([^'\"\\n]*)\\3\\s*\\)");
    private static final Pattern GITHUB = Pattern.compile("^https://(?:raw\\.githubusercontent\\.com/([^/]+)/([^/]+)/(?:refs/heads/)?[^/]+"
            + "|github\\.com/([^/]+)/([^/]+)/(?:raw|blob)/[^/]+)/([^?#]+)(?:\\?raw=true)?$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");

    private final Path repository;
    private final ImportNotes notes;

    /** @param repository the folder holding the book's {@code .git}, or the book's folder */
    DocsifyEmbeds(Path repository, ImportNotes notes) {
        this.repository = repository.toAbsolutePath().normalize();
        this.notes = notes;
    }

    /** {@code text} of {@code page} with its embeds done; {@code where} names the page in notes. */
    String expand(String text, Path page, String where) {
        Matcher m = EMBED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String done = embed(m.group(2), m.group(4), page, where);
            m.appendReplacement(out, Matcher.quoteReplacement(done != null ? done : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String embed(String url, String options, Path page, String where) {
        Path file = file(url, page);
        String said = "docsify embed `" + url + "`: ";
        if (file == null) {
            notes.add(where, said + "not a file of this book: left as a link");
            return null;
        }
        if (!file.startsWith(repository) || !SourceFiles.inside(repository, file) || !Files.isRegularFile(file)) {
            notes.add(where, said + (file.startsWith(repository) && SourceFiles.inside(repository, file) ? "no such file"
                    : "outside the book's repository") + ": left as a link");
            return null;
        }
        boolean code = options.contains(":type=code");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!code && !name.endsWith(".md") && !name.endsWith(".markdown")) {
            notes.add(where, said + "only Markdown and :type=code embeds can be carried into a book: left as a link");
            return null;
        }
        Diagnostics unread = new Diagnostics();
        String text = SourceFiles.read(repository, file, unread).orElse(null);
        if (text == null) {
            notes.add(where, said + "cannot be read (not UTF-8?): left as a link");
            return null;
        }
        text = text.stripTrailing();
        if (code) {
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            return "```" + ext + "\n" + text + "\n```";
        }
        return MdBookIncludes.rebase(text, file, page);
    }

    /** The embedded file: a relative path from the page, or the book's own file by its GitHub address; null otherwise. */
    private Path file(String url, Path page) {
        String u = url.startsWith("<") && url.endsWith(">") ? url.substring(1, url.length() - 1) : url;
        Matcher g = GITHUB.matcher(u);
        if (g.matches()) {
            String owner = g.group(1) != null ? g.group(1) : g.group(3);
            String name = g.group(2) != null ? g.group(2) : g.group(4);
            return thisRepository(owner, name) ? repository.resolve(Paths.decode(g.group(5))).normalize() : null;
        }
        if (SCHEME.matcher(u).matches()) {
            return null;
        }
        String path = Paths.decode(u.replaceFirst("[?#].*", ""));
        return (path.startsWith("/") ? repository.resolve(path.substring(1)) : page.toAbsolutePath().getParent().resolve(path)).normalize();
    }

    /** Whether owner/name is the repository the book is in: its folder's name, or its git remote. */
    private boolean thisRepository(String owner, String name) {
        if (repository.getFileName() != null && repository.getFileName().toString().equalsIgnoreCase(name)) {
            return true;
        }
        Path config = repository.resolve(".git/config");
        try {
            return Files.isRegularFile(config) && Files.size(config) < 1 << 20
                    && Files.readString(config).toLowerCase(Locale.ROOT).contains((owner + "/" + name).toLowerCase(Locale.ROOT));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
