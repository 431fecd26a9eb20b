package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads references.bib: {@code @type{key, field = {value} | "value" | number, ...}}, nested
 * braces allowed; comments and {@code @comment}/{@code @string}/{@code @preamble} blocks are skipped.
 */
public final class BibtexLoader {
    public static final String FILE_NAME = "references.bib";

    private final Diagnostics diags;

    public BibtexLoader(Diagnostics diags) {
        this.diags = diags;
    }

    public Bibliography load(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Bibliography.EMPTY;
        }
        String text = SourceFiles.read(root, file, diags).orElse(null);
        if (text == null) {
            return Bibliography.EMPTY;
        }
        Map<String, Bibliography.Entry> entries = new LinkedHashMap<>();
        int i = 0;
        while ((i = text.indexOf('@', i)) >= 0) {
            int brace = text.indexOf('{', i);
            if (brace < 0) {
                break;
            }
            String type = text.substring(i + 1, brace).strip().toLowerCase(Locale.ROOT);
            int end = TexBraces.closing(text, brace);
            if (end < 0) {
                diags.error("bib-syntax", file, line(text, i), 1, "entry has no closing brace");
                break;
            }
            if (!type.matches("comment|string|preamble")) {
                String body = text.substring(brace + 1, end);
                int comma = body.indexOf(',');
                String key = (comma < 0 ? body : body.substring(0, comma)).strip();
                Map<String, String> fields = fields(comma < 0 ? "" : body.substring(comma + 1));
                if (entries.putIfAbsent(key, new Bibliography.Entry(key, type, fields)) != null) {
                    diags.warning("duplicate-key", file, line(text, i), 1, "key `" + key + "` is defined twice; the first counts");
                }
            }
            i = end + 1;
        }
        return Bibliography.of(entries);
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < body.length()) {
            int eq = body.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = body.substring(i, eq).replace(",", "").strip().toLowerCase(Locale.ROOT);
            int v = eq + 1;
            while (v < body.length() && Character.isWhitespace(body.charAt(v))) {
                v++;
            }
            String value;
            int next;
            if (v < body.length() && body.charAt(v) == '{') {
                int close = TexBraces.closing(body, v);
                close = close < 0 ? body.length() - 1 : close;
                value = body.substring(v + 1, close);
                next = close + 1;
            } else if (v < body.length() && body.charAt(v) == '"') {
                int close = body.indexOf('"', v + 1);
                close = close < 0 ? body.length() - 1 : close;
                value = body.substring(v + 1, close);
                next = close + 1;
            } else {
                int comma = body.indexOf(',', v);
                next = comma < 0 ? body.length() : comma;
                value = body.substring(v, next);
            }
            out.put(name, clean(name.equals("author") || name.equals("editor") ? TexText.bracedNamesWhole(value) : value));
            int comma = body.indexOf(',', next);
            i = comma < 0 ? body.length() : comma + 1;
        }
        return out;
    }

    /** Braces and TeX escapes off, accents and quotes as characters, white space folded: "{LoRA}: Low-Rank …" → "LoRA: Low-Rank …". */
    private static String clean(String value) {
        return TexText.characters(value).replace("\\&", "&").replace("\\_", "_").replace("\\%", "%").replace("--", "–")
                .replaceAll("\\\\url\\{([^}]*)}", "$1").replace("{", "").replace("}", "").replaceAll("[ \\t\\r\\n]+", " ").strip();
    }



    private static int line(String s, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
