package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML into SnakeYAML's node tree, which keeps line and column marks, so that every
 * later complaint about a value can name where it stands.
 */
public final class YamlDocument {
    /** Tags plain scalars (int, bool, null...); only read once built, so one serves every thread. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlDocument() {
    }

    /**
     * Parses {@code text}, which starts at line {@code firstLine} (1-based) of {@code file}.
     * Returns the top-level mapping, or empty after reporting why there is none.
     */
    public static Optional<YamlMap> parseMapping(String text, Path file, int firstLine, Diagnostics diags) {
        Optional<Parsed> parsed = parse(text, file, firstLine, diags);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Node root = parsed.get().root();
        if (root == null) {
            return Optional.of(YamlMap.empty(file, firstLine, diags));
        }
        if (!(root instanceof MappingNode map)) {
            diags.error("wrong-type", file, root.getStartMark().getLine() + firstLine, root.getStartMark().getColumn() + 1,
                    "expected a mapping of `key: value` lines here");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(map, file, firstLine, diags));
    }

    /** A parsed document; {@code root} is null when the document is empty. */
    public record Parsed(Node root) {
    }

    /** Parses {@code text} into SnakeYAML's node tree, or empty after reporting a syntax error. */
    public static Optional<Parsed> parse(String text, Path file, int firstLine, Diagnostics diags) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(50);
            // What Yaml.compose does, without the object constructor and representer a Yaml builds first (unused here;
            // built per front matter, they were a quarter of the YAML's samples in a warm-cache EPUB build's profile).
            root = new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int col = mark == null ? 1 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            diags.error("yaml-syntax", file, line, col, "YAML does not parse: " + firstSentence(problem));
            return Optional.empty();
        } catch (YAMLException e) {
            diags.error("yaml-syntax", file, firstLine, 1, "YAML does not parse: " + firstSentence(e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(new Parsed(root));
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String oneLine = message.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
