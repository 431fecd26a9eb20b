package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads chapters/glossary.yml (optional): a list of terms. */
public final class GlossaryLoader {
    public static final String FILE_NAME = "glossary.yml";
    private static final Set<String> KEYS = Set.of("term", "aliases", "see", "see-also", "sort");

    private final Diagnostics diags;

    public GlossaryLoader(Diagnostics diags) {
        this.diags = diags;
    }

    public Glossary load(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Glossary.EMPTY;
        }
        Node rootNode = SourceFiles.read(root, file, diags)
                .flatMap(text -> YamlDocument.parse(text, file, 1, diags))
                .map(YamlDocument.Parsed::root).orElse(null);
        if (rootNode == null) {
            return Glossary.EMPTY;
        }
        if (!(rootNode instanceof SequenceNode seq)) {
            diags.error("wrong-type", file, rootNode.getStartMark().getLine() + 1, 1, "glossary.yml must be a list of `- term: ...` entries");
            return Glossary.EMPTY;
        }
        List<Glossary.Term> terms = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                diags.error("wrong-type", file, item.getStartMark().getLine() + 1, item.getStartMark().getColumn() + 1,
                        "each glossary entry is a mapping with `term:`");
                continue;
            }
            YamlMap y = new YamlMap(m, file, 1, diags);
            y.warnUnknownKeys(KEYS, "a glossary entry");
            String term = y.string("term", true).orElse(null);
            if (term == null) {
                continue;
            }
            Position pos = y.position("term");
            List<String> aliases = y.stringList("aliases", false).stream().map(Positioned::value).toList();
            java.util.Set<String> own = new java.util.HashSet<>();
            for (String spelling : concat(term, aliases)) {
                if (!own.add(spelling.toLowerCase(Locale.ROOT))) {
                    continue; // the same spelling twice in one entry is harmless
                }
                Position first = seen.putIfAbsent(spelling.toLowerCase(Locale.ROOT), pos);
                if (first != null) {
                    diags.warning("duplicate-term", file, pos.line(), pos.column(), "`" + spelling
                            + "` is already a term or alias at line " + first.line() + "; it indexes the first");
                }
            }
            terms.add(new Glossary.Term(term, aliases, y.stringList("see-also", false).stream().map(Positioned::value).toList(),
                    y.string("see", false).orElse(null), y.string("sort", false).orElse(null), pos));
        }
        return new Glossary(List.copyOf(terms));
    }

    private static List<String> concat(String term, List<String> aliases) {
        List<String> all = new ArrayList<>(List.of(term));
        all.addAll(aliases);
        return all;
    }
}
