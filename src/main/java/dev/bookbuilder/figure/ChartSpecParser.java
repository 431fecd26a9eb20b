package dev.bookbuilder.figure;

import dev.bookbuilder.config.Position;
import dev.bookbuilder.config.Positioned;
import dev.bookbuilder.config.YamlDocument;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a chart block's YAML into a {@link ChartSpec}. Every problem is a {@code bad-chart}
 * warning at its line, and the block is then shown as written: a broken chart never stops a build.
 */
public final class ChartSpecParser {
    private static final Set<String> FIELDS = Set.of("type", "title", "unit", "x", "y", "source", "data", "categories",
            "series", "annotations");
    private static final Pattern KEY = Pattern.compile("@([A-Za-z0-9_][A-Za-z0-9_:.\\-/]*)");
    private static final int MAX_ITEMS = 2000;

    private final Path file;
    private final int firstLine;
    private final Diagnostics diags;
    private boolean failed;

    private ChartSpecParser(Path file, int firstLine, Diagnostics diags) {
        this.file = file;
        this.firstLine = firstLine;
        this.diags = diags;
    }

    /** The chart, or empty after reporting why there is none; {@code firstLine} is the block's first line. */
    public static Optional<ChartSpec> parse(String yaml, Path file, int firstLine, Diagnostics diags) {
        return new ChartSpecParser(file, firstLine, diags).parse(yaml);
    }

    private Optional<ChartSpec> parse(String yaml) {
        Diagnostics yamlProblems = new Diagnostics();
        Optional<YamlDocument.Parsed> parsed = YamlDocument.parse(yaml, file, firstLine, yamlProblems);
        for (Diagnostic d : yamlProblems.sorted()) {
            diags.warning("bad-chart", file, d.line(), d.column(), "the chart is shown as its source: " + d.message());
        }
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        if (!(parsed.get().root() instanceof MappingNode root)) {
            return fail(firstLine, 1, "a chart is a YAML mapping (`type: bar`, `data: …`)");
        }
        java.util.Map<String, Node> f = new java.util.LinkedHashMap<>();
        for (NodeTuple t : root.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!FIELDS.contains(key)) {
                Position p = pos(t.getKeyNode());
                diags.warning("unknown-field", file, p.line(), p.column(), "`" + key + "` is not a chart field (known: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
            f.put(key, t.getValueNode());
        }
        String typeName = text(f.get("type"));
        ChartSpec.Type type = ChartSpec.Type.of(typeName);
        if (type == null) {
            Position p = f.containsKey("type") ? pos(f.get("type")) : pos(root);
            return fail(p.line(), p.column(), typeName.isEmpty() ? "a chart needs `type:` (bar, hbar, grouped-bar, line or scatter)"
                    : "unknown chart type `" + typeName + "` (bar, hbar, grouped-bar, line or scatter)");
        }
        List<String> categories = new ArrayList<>();
        List<ChartSpec.Series> series = new ArrayList<>();
        if (type == ChartSpec.Type.BAR || type == ChartSpec.Type.HBAR) {
            List<Double> values = new ArrayList<>();
            if (!(f.get("data") instanceof MappingNode data) || data.getValue().isEmpty()) {
                Node at = f.getOrDefault("data", root);
                return fail(pos(at).line(), pos(at).column(), "a bar chart needs `data:`, one `label: value` line per bar");
            }
            for (NodeTuple t : data.getValue()) {
                categories.add(text(t.getKeyNode()));
                values.add(number(t.getValueNode()));
            }
            series.add(new ChartSpec.Series(text(f.get("unit")), values, List.of()));
        } else {
            for (Node c : list(f.get("categories"))) {
                categories.add(text(c));
            }
            for (Node s : list(f.get("series"))) {
                series.add(series(s, type, categories.size()));
            }
            if (series.isEmpty()) {
                Node at = f.getOrDefault("series", root);
                return fail(pos(at).line(), pos(at).column(), "a " + typeName + " chart needs `series:`, a list of {name, "
                        + (type == ChartSpec.Type.GROUPED_BAR ? "values" : "points") + "}");
            }
            if (type == ChartSpec.Type.GROUPED_BAR && categories.isEmpty()) {
                return fail(pos(root).line(), pos(root).column(), "a grouped-bar chart needs `categories:`");
            }
        }
        ChartSpec.Axis x = axis(f.get("x"));
        ChartSpec.Axis y = axis(f.get("y"));
        List<ChartSpec.Annotation> notes = new ArrayList<>();
        for (Node n : list(f.get("annotations"))) {
            notes.add(annotation(n, type));
        }
        List<Positioned<String>> sources = new ArrayList<>();
        if (f.get("source") instanceof ScalarNode s) {
            Matcher m = KEY.matcher(s.getValue());
            while (m.find()) {
                sources.add(new Positioned<>(m.group(1), pos(s)));
            }
        }
        checkLog(type, y, series, f.get("y"));
        if (failed) {
            return Optional.empty();
        }
        return Optional.of(new ChartSpec(type, text(f.get("title")), text(f.get("unit")), x, y, List.copyOf(categories),
                List.copyOf(series), List.copyOf(notes), List.copyOf(sources)));
    }

    private ChartSpec.Series series(Node node, ChartSpec.Type type, int categories) {
        if (!(node instanceof MappingNode m)) {
            fail(pos(node).line(), pos(node).column(), "each series is a mapping such as `{name: A, values: [1, 2]}`");
            return new ChartSpec.Series("", List.of(), List.of());
        }
        String name = "";
        List<Double> values = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            switch (text(t.getKeyNode())) {
                case "name" -> name = text(t.getValueNode());
                case "values" -> list(t.getValueNode()).forEach(v -> values.add(number(v)));
                case "points" -> {
                    for (Node p : list(t.getValueNode())) {
                        List<Node> xy = list(p);
                        if (xy.size() != 2) {
                            fail(pos(p).line(), pos(p).column(), "a point is `[x, y]`");
                        } else {
                            points.add(new double[] {number(xy.get(0)), number(xy.get(1))});
                        }
                    }
                }
                default -> fail(pos(t.getKeyNode()).line(), pos(t.getKeyNode()).column(),
                        "a series has `name` and `values` (grouped-bar) or `points` (line, scatter)");
            }
        }
        if (type == ChartSpec.Type.GROUPED_BAR && values.size() != categories) {
            fail(pos(node).line(), pos(node).column(), "series `" + name + "` has " + values.size() + " values for "
                    + categories + " categories");
        } else if (!type.categorical() && points.isEmpty()) {
            fail(pos(node).line(), pos(node).column(), "series `" + name + "` needs `points: [[x, y], …]`");
        }
        return new ChartSpec.Series(name, List.copyOf(values), List.copyOf(points));
    }

    private ChartSpec.Axis axis(Node node) {
        if (node == null) {
            return ChartSpec.Axis.NONE;
        }
        if (node instanceof ScalarNode s) {
            return new ChartSpec.Axis(s.getValue().strip(), "", false);
        }
        if (!(node instanceof MappingNode m)) {
            fail(pos(node).line(), pos(node).column(), "an axis is `{label: …, unit: …, log: true}`");
            return ChartSpec.Axis.NONE;
        }
        String label = "";
        String unit = "";
        boolean log = false;
        for (NodeTuple t : m.getValue()) {
            switch (text(t.getKeyNode())) {
                case "label" -> label = text(t.getValueNode());
                case "unit" -> unit = text(t.getValueNode());
                case "log" -> log = "true".equals(text(t.getValueNode()));
                default -> fail(pos(t.getKeyNode()).line(), pos(t.getKeyNode()).column(), "an axis has `label`, `unit` and `log`");
            }
        }
        return new ChartSpec.Axis(label, unit, log);
    }

    private ChartSpec.Annotation annotation(Node node, ChartSpec.Type type) {
        if (!(node instanceof MappingNode m)) {
            fail(pos(node).line(), pos(node).column(), "an annotation is `{x: …, y: …, text: …}` or `{category: …, text: …}`");
            return new ChartSpec.Annotation("", null, 0, 0);
        }
        String text = "";
        String category = null;
        double x = 0;
        double y = Double.NaN;
        for (NodeTuple t : m.getValue()) {
            switch (text(t.getKeyNode())) {
                case "text" -> text = text(t.getValueNode());
                case "category" -> category = text(t.getValueNode());
                case "x" -> x = number(t.getValueNode());
                case "y" -> y = number(t.getValueNode());
                default -> fail(pos(t.getKeyNode()).line(), pos(t.getKeyNode()).column(), "an annotation has `text` and `x`/`y` or `category`");
            }
        }
        if (type.categorical() ? category == null : Double.isNaN(y)) {
            fail(pos(node).line(), pos(node).column(), type.categorical() ? "an annotation on a bar chart names its `category`"
                    : "an annotation on a " + type.name().toLowerCase(java.util.Locale.ROOT) + " chart needs `x` and `y`");
        }
        return new ChartSpec.Annotation(text, category, x, y);
    }

    private void checkLog(ChartSpec.Type type, ChartSpec.Axis y, List<ChartSpec.Series> series, Node at) {
        if (!y.log()) {
            return;
        }
        boolean positive = series.stream().allMatch(s -> s.values().stream().allMatch(v -> v > 0)
                && s.points().stream().allMatch(p -> p[1] > 0));
        if (!positive) {
            fail(pos(at).line(), pos(at).column(), "a logarithmic axis needs values above 0");
        }
    }

    private List<Node> list(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode s) {
            if (s.getValue().size() > MAX_ITEMS) {
                fail(pos(node).line(), pos(node).column(), "more than " + MAX_ITEMS + " items: too many to draw");
                return List.of();
            }
            return s.getValue();
        }
        fail(pos(node).line(), pos(node).column(), "expected a list here");
        return List.of();
    }

    private double number(Node node) {
        String s = text(node).replace(",", "").replace("_", "");
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(pos(node).line(), pos(node).column(), "`" + text(node) + "` is not a number");
        return 0;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue().strip() : "";
    }

    private Position pos(Node node) {
        return new Position(file, node.getStartMark().getLine() + firstLine, node.getStartMark().getColumn() + 1);
    }

    private <T> Optional<T> fail(int line, int column, String message) {
        failed = true;
        diags.warning("bad-chart", file, line, column, message + "; the chart is shown as its source");
        return Optional.empty();
    }
}
