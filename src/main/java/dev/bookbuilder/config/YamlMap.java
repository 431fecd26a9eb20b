package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping with typed accessors that report a missing or mistyped value, with its
 * position, instead of throwing. Accessors return empty values after reporting, so that
 * loading goes on and one run finds every problem.
 */
public final class YamlMap {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Path file;
    private final int firstLine;
    private final Diagnostics diags;
    private final Node node;

    YamlMap(MappingNode node, Path file, int firstLine, Diagnostics diags) {
        this.node = node;
        this.file = file;
        this.firstLine = firstLine;
        this.diags = diags;
        if (node != null) {
            for (NodeTuple t : node.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    values.put(k.getValue(), t.getValueNode());
                    keys.put(k.getValue(), k);
                }
            }
        }
    }

    static YamlMap empty(Path file, int firstLine, Diagnostics diags) {
        return new YamlMap(null, file, firstLine, diags);
    }

    public Path file() {
        return file;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Whether {@code key} holds a nested mapping rather than a single value. */
    public boolean isMapping(String key) {
        return values.get(key) instanceof MappingNode;
    }

    /** The source position of the value of {@code key}, or of the mapping itself when absent. */
    public Position position(String key) {
        Node n = values.get(key);
        return n != null ? positionOf(n) : mapPosition();
    }

    public Position mapPosition() {
        return node == null ? new Position(file, firstLine, 1) : positionOf(node);
    }

    Position positionOf(Node n) {
        return new Position(file, n.getStartMark().getLine() + firstLine, n.getStartMark().getColumn() + 1);
    }

    /** A scalar's text without the characters XML does not allow (a YAML escape can write them), each reported. */
    private String clean(ScalarNode s) {
        Position p = positionOf(s);
        return XmlChars.clean(s.getValue(), file, p.line(), p.column(), diags).strip();
    }

    /** A scalar value; reports {@code missing-field} when required and absent. */
    public Optional<String> string(String key, boolean required) {
        Node n = values.get(key);
        if (n == null || isNull(n)) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (n instanceof ScalarNode s) {
            String v = clean(s);
            if (v.isEmpty() && required) {
                Position p = positionOf(n);
                diags.error("missing-field", file, p.line(), p.column(), "`" + key + "` is empty");
                return Optional.empty();
            }
            return Optional.of(v);
        }
        wrongType(key, n, "a single text value");
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Node n = values.get(key);
        if (n == null || isNull(n)) {
            return Optional.empty();
        }
        if (n instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(s.getValue()));
        }
        wrongType(key, n, "true or false");
        return Optional.empty();
    }

    /** A list of scalars, each with its position. A lone scalar is reported, not silently wrapped. */
    public List<Positioned<String>> stringList(String key, boolean required) {
        Node n = values.get(key);
        List<Positioned<String>> out = new ArrayList<>();
        if (n == null || isNull(n)) {
            if (required) {
                missing(key);
            }
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            wrongType(key, n, "a list, e.g. `" + key + ": [a, b]`");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s)) {
                out.add(new Positioned<>(clean(s), positionOf(s)));
            } else {
                Position p = positionOf(item);
                diags.error("wrong-type", file, p.line(), p.column(), "each item of `" + key + "` must be a single text value");
            }
        }
        if (required && seq.getValue().isEmpty()) {
            Position p = positionOf(n);
            diags.error("missing-field", file, p.line(), p.column(), "`" + key + "` is an empty list");
        }
        return out;
    }

    /** A list of mappings (e.g. editions, stages). */
    public List<YamlMap> mapList(String key, boolean required) {
        Node n = values.get(key);
        List<YamlMap> out = new ArrayList<>();
        if (n == null || isNull(n)) {
            if (required) {
                missing(key);
            }
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            wrongType(key, n, "a list of mappings");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                out.add(new YamlMap(m, file, firstLine, diags));
            } else {
                Position p = positionOf(item);
                diags.error("wrong-type", file, p.line(), p.column(), "each item of `" + key + "` must be a mapping of `key: value` lines");
            }
        }
        return out;
    }

    /** A nested mapping, or an empty one when absent. */
    public YamlMap map(String key) {
        Node n = values.get(key);
        if (n == null || isNull(n)) {
            return empty(file, firstLine, diags);
        }
        if (n instanceof MappingNode m) {
            return new YamlMap(m, file, firstLine, diags);
        }
        wrongType(key, n, "a mapping of `key: value` lines");
        return empty(file, firstLine, diags);
    }

    /** Reports keys this format does not know, as warnings: a typo should not pass unseen. */
    public void warnUnknownKeys(Set<String> known, String where) {
        for (Map.Entry<String, Node> e : keys.entrySet()) {
            if (!known.contains(e.getKey())) {
                Position p = positionOf(e.getValue());
                diags.warning("unknown-field", file, p.line(), p.column(),
                        "`" + e.getKey() + "` is not a field of " + where + dev.bookbuilder.diag.DidYouMean.suffix(e.getKey(), known)
                                + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    private void missing(String key) {
        Node written = keys.get(key);
        if (written != null) {
            // `clusters:` with nothing after it: the field is there, at its own line, only empty.
            Position p = positionOf(written);
            diags.error("missing-field", file, p.line(), p.column(), "required field `" + key + "` is empty: give it a value");
            return;
        }
        Position p = mapPosition();
        diags.error("missing-field", file, p.line(), p.column(), "required field `" + key + "` is missing");
    }

    private void wrongType(String key, Node n, String expected) {
        Position p = positionOf(n);
        diags.error("wrong-type", file, p.line(), p.column(), "`" + key + "` must be " + expected);
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }
}
