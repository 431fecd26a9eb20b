package dev.bookbuilder.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mdBook's file inclusion, done once at import as mdBook does it at each build: {@code {{#include file}}},
 * a line ({@code file:2}), a range ({@code file:2:10}, {@code file::10}, {@code file:2:}) or an anchored part
 * ({@code file:name}, between {@code ANCHOR: name} and {@code ANCHOR_END: name}, anchor lines left out);
 * {@code rustdoc_include} and {@code playground} show the same lines. Only files inside the book's repository
 * are read; an include that cannot be done stays as written, with a note. {@code \{{#include …}}} is literal.
 */
final class MdBookIncludes {
    private static final Pattern LINK = Pattern.compile("(\\\\?)\\{\\{#(include|rustdoc_include|playground)\\s+([^}\\s]+)[^}]*\\}\\}");
    private static final Pattern RANGE = Pattern.compile("(\\d*)(?::(\\d*))?");
    private static final Pattern ANCHOR_LINE = Pattern.compile("ANCHOR(?:_END)?:\\s*[\\w_-]+");
    /** A Markdown link or image target, or an HTML src/href, that is relative (no scheme, no leading / or #). */
    private static final Pattern RELATIVE_TARGET = Pattern.compile(
            "(\\]\\(\\s*<?|(?:src|href)\\s*=\\s*[\"'])(?![a-zA-Z][a-zA-Z0-9+.-]*:|[/#])([^\\s)>\"'#?]+)");
    private static final int MAX_DEPTH = 10; // mdBook's own limit for includes within includes

    private final Path allowed;
    private final ImportNotes notes;

    MdBookIncludes(Path allowed, ImportNotes notes) {
        this.allowed = allowed.toAbsolutePath().normalize();
        this.notes = notes;
    }

    /** The page's text with its includes done; {@code page} is its file, {@code where} its name in notes. */
    String expand(String text, Path page, String where) {
        return expand(text, page, where, 0);
    }

    private String expand(String text, Path page, String where, int depth) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (!m.group(1).isEmpty()) {
                replacement = m.group().substring(1); // escaped: shown as written
            } else {
                replacement = include(m.group(3), page, where, depth);
                if (replacement == null) {
                    replacement = m.group();
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String include(String spec, Path page, String where, int depth) {
        String[] parts = spec.split(":", 2);
        Path file = page.toAbsolutePath().getParent().resolve(parts[0]).normalize();
        // Links followed: a folder link inside the repository (etc -> /etc) must not bring in /etc/hostname.
        boolean inside = file.startsWith(allowed) && dev.bookbuilder.config.SourceFiles.inside(allowed, file);
        if (!inside || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            notes.add(where, "`{{#include " + spec + "}}`: " + (inside ? "no such file" : "outside the book's repository")
                    + ": left as written");
            return null;
        }
        if (depth >= MAX_DEPTH) {
            notes.add(where, "`{{#include " + spec + "}}`: includes nested more than " + MAX_DEPTH + " deep: left as written");
            return null;
        }
        List<String> lines;
        try {
            lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\\R", -1));
        } catch (IOException | java.io.UncheckedIOException e) {
            notes.add(where, "`{{#include " + spec + "}}`: cannot be read: left as written");
            return null;
        }
        List<String> chosen = parts.length == 1 ? lines : select(lines, parts[1]);
        if (chosen == null) {
            notes.add(where, "`{{#include " + spec + "}}`: no anchor `" + parts[1] + "` in that file: left as written");
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (String line : chosen) {
            if (!ANCHOR_LINE.matcher(line).find()) {
                shown.add(line);
            }
        }
        while (!shown.isEmpty() && shown.get(shown.size() - 1).isEmpty()) {
            shown.remove(shown.size() - 1); // the file's last newline: the page has its own
        }
        String included = expand(String.join("\n", shown), file, where, depth + 1);
        return file.getFileName().toString().matches("(?i).*\\.(md|markdown)") ? rebase(included, file, page) : included;
    }

    /** An included page's relative links and images, made relative to the page that includes it. */
    static String rebase(String markdown, Path included, Path page) {
        Path from = included.toAbsolutePath().getParent();
        Path to = page.toAbsolutePath().getParent();
        if (from.equals(to)) {
            return markdown;
        }
        Matcher m = RELATIVE_TARGET.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2);
            String rebased = to.relativize(from.resolve(target).normalize()).toString().replace('\\', '/');
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rebased));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The lines a {@code :2}, {@code :2:10}, {@code ::10}, {@code :2:} or {@code :anchor} names; null for an unknown anchor. */
    private static List<String> select(List<String> lines, String which) {
        Matcher r = RANGE.matcher(which);
        if (r.matches() && !which.isEmpty()) {
            int from = r.group(1).isEmpty() ? 1 : Integer.parseInt(r.group(1));
            int to = r.group(2) == null ? from : r.group(2).isEmpty() ? lines.size() : Integer.parseInt(r.group(2));
            from = Math.max(1, from);
            to = Math.min(lines.size(), to);
            return from > to ? List.of() : lines.subList(from - 1, to);
        }
        Pattern start = Pattern.compile("ANCHOR:\\s*" + Pattern.quote(which) + "(?![\\w-])");
        Pattern end = Pattern.compile("ANCHOR_END:\\s*" + Pattern.quote(which) + "(?![\\w-])");
        for (int i = 0; i < lines.size(); i++) {
            if (start.matcher(lines.get(i)).find()) {
                int j = i + 1;
                while (j < lines.size() && !end.matcher(lines.get(j)).find()) {
                    j++;
                }
                return lines.subList(i + 1, j);
            }
        }
        return null;
    }
}
