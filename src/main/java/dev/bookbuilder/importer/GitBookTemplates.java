package dev.bookbuilder.importer;

import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of GitBook's templating that a book's text relies on, done once at import as GitBook does it at
 * each build (DjangoGirls/tutorial uses all of it): {@code {% include "/deploy/install_git.md" %}} (a path from
 * the book's folder, or from the page), {@code {{ book.docs_version }}} from book.json's {@code variables},
 * {@code {% raw %}…{% endraw %}} (kept as written, without the tags), and the codeblock-label plugin's
 * {@code {% filename %}blog/views.py{% endfilename %}} above a code block, which becomes its {@code title="…"}.
 * Anything else stays as written.
 */
final class GitBookTemplates {
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}(.*?)\\{%-?\\s*endraw\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern INCLUDE = Pattern.compile("\\{%-?\\s*include\\s+(['\"])([^'\"]+)\\1\\s*-?%\\}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{-?\\s*book\\.([\\w.]+)\\s*-?\\}\\}");
    private static final Pattern FILENAME = Pattern.compile(
            "(?m)^[ \\t]*\\{%-?\\s*filename\\s*-?%\\}(.*?)\\{%-?\\s*endfilename\\s*-?%\\}[ \\t]*\\r?\\n([ \\t]*(?:```+|~~~+))([^\\n]*)$");
    private static final int MAX_DEPTH = 10;

    private final Path root;
    private final Map<String, String> variables;
    private final ImportNotes notes;

    /**
     * @param root      the book's folder (GitBook resolves {@code /path} from it)
     * @param variables book.json's {@code variables}, and {@code language} for a book of a multilingual GitBook
     */
    GitBookTemplates(Path root, Map<String, String> variables, ImportNotes notes) {
        this.root = root;
        this.variables = variables;
        this.notes = notes;
    }

    /**
     * Templates for the GitBook in {@code from}: variables from its book.json, or from the folder above for one
     * language of a multilingual book (a {@code LANGS.md} there), whose {@code book.language} is the folder's name.
     */
    static GitBookTemplates of(Path from, ImportNotes notes) {
        Path dir = from.toAbsolutePath().normalize();
        Map<String, String> variables = new java.util.HashMap<>();
        Path parent = dir.getParent();
        boolean language = parent != null && Files.isRegularFile(parent.resolve("LANGS.md"));
        if (language) {
            variables.put("language", dir.getFileName().toString());
        }
        Path json = Files.isRegularFile(dir.resolve("book.json")) ? dir.resolve("book.json") : language ? parent.resolve("book.json") : null;
        if (json != null && Files.isRegularFile(json, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Diagnostics diags = new Diagnostics();
            // JSON is YAML: the YAML reader the builder trusts reads book.json too.
            SourceFiles.read(json.getParent(), json, diags).flatMap(t -> dev.bookbuilder.config.YamlDocument.parse(t, json, 1, diags))
                    .map(dev.bookbuilder.config.YamlDocument.Parsed::root)
                    .filter(org.yaml.snakeyaml.nodes.MappingNode.class::isInstance)
                    .ifPresent(n -> scalars((org.yaml.snakeyaml.nodes.MappingNode) n, "variables", variables));
        }
        return new GitBookTemplates(from, variables, notes);
    }

    private static void scalars(org.yaml.snakeyaml.nodes.MappingNode map, String key, Map<String, String> into) {
        for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals(key)
                    && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.MappingNode vars) {
                for (org.yaml.snakeyaml.nodes.NodeTuple v : vars.getValue()) {
                    if (v.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode name
                            && v.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode value) {
                        into.put(name.getValue(), value.getValue());
                    }
                }
            }
        }
    }

    /** {@code text} of {@code page} with its templates done; {@code where} names the page in notes. */
    String expand(String text, Path page, String where) {
        return expand(text, page, where, 0);
    }

    private String expand(String text, Path page, String where, int depth) {
        Matcher raw = RAW.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (raw.find()) {
            out.append(templates(text.substring(last, raw.start()), page, where, depth)).append(raw.group(1));
            last = raw.end();
        }
        return out.append(templates(text.substring(last), page, where, depth)).toString();
    }

    private String templates(String text, Path page, String where, int depth) {
        Matcher inc = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (inc.find()) {
            String done = include(inc.group(2), page, where, depth);
            inc.appendReplacement(out, Matcher.quoteReplacement(done != null ? done : inc.group()));
        }
        inc.appendTail(out);
        Matcher v = VARIABLE.matcher(out.toString());
        out = new StringBuilder();
        while (v.find()) {
            String value = variables.get(v.group(1));
            if (value == null) {
                notes.add(where, "`" + v.group() + "`: book.json has no such variable: left as written");
            }
            v.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : v.group()));
        }
        v.appendTail(out);
        // {% filename %}x{% endfilename %} labels the code block below it: the fence's title says the same.
        Matcher f = FILENAME.matcher(out.toString());
        out = new StringBuilder();
        while (f.find()) {
            String title = f.group(1).strip().replace("\"", "'");
            f.appendReplacement(out, Matcher.quoteReplacement(f.group(2) + f.group(3).stripTrailing() + (f.group(3).isBlank() ? "" : " ")
                    + "title=\"" + title + "\""));
        }
        return f.appendTail(out).toString();
    }

    private String include(String spec, Path page, String where, int depth) {
        Path file = (spec.startsWith("/") ? root.resolve(spec.substring(1)) : page.toAbsolutePath().getParent().resolve(spec)).normalize();
        String said = "`{% include \"" + spec + "\" %}`: ";
        boolean inside = file.toAbsolutePath().startsWith(root.toAbsolutePath().normalize()) && SourceFiles.inside(root, file);
        if (!inside || !Files.isRegularFile(file)) {
            notes.add(where, said + (inside ? "no such file" : "outside the book's folder") + ": left as written");
            return null;
        }
        if (depth >= MAX_DEPTH) {
            notes.add(where, said + "includes nested more than " + MAX_DEPTH + " deep: left as written");
            return null;
        }
        String text = SourceFiles.read(root, file, new Diagnostics()).orElse(null);
        if (text == null) {
            notes.add(where, said + "cannot be read (not UTF-8?): left as written");
            return null;
        }
        String included = expand(text.stripTrailing(), file, where, depth + 1);
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? MdBookIncludes.rebase(included, file, page)
                : included;
    }
}
