package dev.bookbuilder.epub;

import dev.bookbuilder.i18n.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A formula as words for a screen reader, in the book's language (words from {@link Labels}, keys
 * {@code speech.*}); in Chinese {@code \frac{a}{b}} reads "a 除以 b",
 * {@code x^2} as "x 的平方", {@code \sqrt{d_k}} as "根号 d 下标 k", Greek letters and relations as
 * their Unicode characters, which screen readers speak by name. A reading aid, not a typesetter:
 * what it does not know it reads as written, without the backslash.
 */
final class MathSpeech {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("div", "÷"), Map.entry("pm", "±"),
            Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"),
            Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "~"),
            Map.entry("equiv", "≡"), Map.entry("propto", "∝"), Map.entry("ll", "≪"), Map.entry("gg", "≫"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"),
            Map.entry("mapsto", "↦"), Map.entry("infty", "∞"), Map.entry("in", "∈"), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("dots", "…"),
            Map.entry("odot", "⊙"), Map.entry("otimes", "⊗"), Map.entry("oplus", "⊕"), Map.entry("forall", "∀"),
            Map.entry("exists", "∃"), Map.entry("prime", "′"), Map.entry("top", "T"), Map.entry("mid", "|"),
            Map.entry("lVert", "‖"), Map.entry("rVert", "‖"), Map.entry("Vert", "‖"), Map.entry("|", "‖"),
            Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"), Map.entry("&", "&"), Map.entry("_", "_"));
    /** Big operators (their words are labels): their limits read "从 a 到 b". */
    private static final List<String> BIG = List.of("sum", "prod", "int", "lim");
    /** Commands that only change the look of their argument. */
    private static final List<String> STYLE = List.of("mathrm", "mathbf", "mathit", "mathsf", "mathtt", "boldsymbol",
            "operatorname", "textbf", "textit", "textrm", "mathcal", "displaystyle", "textstyle", "bm");
    private static final Map<String, String> ACCENTS = Map.of("hat", "hat", "widehat", "hat", "bar", "bar",
            "overline", "bar", "tilde", "tilde", "widetilde", "tilde", "vec", "vector", "dot", "dot");
    /** Sizing and spacing commands, read as nothing or a pause. */
    private static final List<String> SILENT = List.of("left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
            "Bigl", "Bigr", "limits", "nolimits", "notag", "nonumber");
    private static final List<String> SPACE = List.of(",", ";", ":", "!", " ", "quad", "qquad", "enspace", "thinspace");

    private final String src;
    private final Labels words;
    private int pos;

    private MathSpeech(String latex, Labels words) {
        this.src = latex;
        this.words = words;
    }

    /** The words for {@code latex} in Chinese, the default language. */
    static String of(String latex) {
        return of(latex, Labels.of(Labels.DEFAULT_LANGUAGE));
    }

    /** The words for {@code latex}; never empty for a non-blank formula. */
    static String of(String latex, Labels labels) {
        MathSpeech m = new MathSpeech(latex, labels);
        String words = m.sequence(false).replaceAll("\\s+", " ").replaceAll(" ?（ ?", "（").replaceAll(" ?） ?", "）").strip();
        return words.isEmpty() ? latex.strip() : words;
    }

    /** Reads up to the end, or to the closing brace of the current group when {@code inGroup}. */
    private String sequence(boolean inGroup) {
        List<String> parts = new ArrayList<>();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '}') {
                if (inGroup) {
                    pos++;
                    break;
                }
                pos++;
                continue;
            }
            if (c == '^' || c == '_') {
                pos++;
                String script = argument();
                String base = parts.isEmpty() ? "" : parts.remove(parts.size() - 1);
                // The base may be only spaces (after \end{bmatrix}, & or \quad): then it has no first word.
                String head = base.isBlank() ? "" : base.strip().split(" ")[0];
                boolean limits = BIG.stream().anyMatch(b -> words.get("speech." + b).equals(head));
                if (c == '_') {
                    parts.add(base + " " + (limits ? words.get("speech.from") + " " + script : words.get("speech.sub") + " " + grouped(script)));
                } else {
                    parts.add(limits ? base + " " + words.get("speech.to") + " " + script : power(base, script));
                }
                continue;
            }
            String atom = atom();
            if (atom == null) {
                continue;
            }
            if (!parts.isEmpty() && isNumber(atom) && isNumber(parts.get(parts.size() - 1))) {
                parts.add(parts.remove(parts.size() - 1) + atom); // 10, 0.5: one number, not digits
            } else {
                parts.add(atom);
            }
        }
        return String.join(" ", parts);
    }

    /** One unit: a group, a command with its arguments, or a character. Null for what reads as nothing. */
    private String atom() {
        char c = src.charAt(pos);
        if (c == '{') {
            pos++;
            return sequence(true);
        }
        if (c == '\\') {
            return command();
        }
        pos++;
        return switch (c) {
            case '-' -> "−";
            case '\'' -> "′";
            case '&' -> " ";
            case '~' -> " ";
            default -> Character.isWhitespace(c) ? null : String.valueOf(c);
        };
    }

    private String command() {
        pos++; // the backslash
        int start = pos;
        while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            pos++;
        }
        if (pos == start && pos < src.length()) {
            pos++; // a one-character command: \, \{ \\
        }
        String name = src.substring(start, pos);
        if (name.equals("\\")) {
            return words.get("speech.rowBreak");
        }
        if (SPACE.contains(name)) {
            return " ";
        }
        if (SILENT.contains(name)) {
            return null;
        }
        if (SYMBOLS.containsKey(name)) {
            return SYMBOLS.get(name);
        }
        if (STYLE.contains(name)) {
            String word = plainGroup();
            return word != null ? word : argument(); // \mathrm{softmax} is a word, not seven letters
        }
        if (ACCENTS.containsKey(name)) {
            String arg = argument();
            return name.equals("vec") ? words.format("speech.vector", arg) : arg + " " + ACCENTS.get(name);
        }
        switch (name) {
            case "frac", "dfrac", "tfrac" -> {
                String num = argument();
                String den = argument();
                return words.format("speech.over", grouped(num), grouped(den));
            }
            case "sqrt" -> {
                String index = optional();
                String arg = argument();
                return index == null ? words.format("speech.sqrt", grouped(arg)) : words.format("speech.root", grouped(arg), index);
            }
            case "text", "mbox", "textnormal" -> {
                return rawArgument();
            }
            case "mathbb" -> {
                String arg = rawArgument();
                return switch (arg) {
                    case "R" -> "ℝ";
                    case "N" -> "ℕ";
                    case "Z" -> "ℤ";
                    case "Q" -> "ℚ";
                    case "C" -> "ℂ";
                    case "E" -> "𝔼";
                    default -> arg;
                };
            }
            case "begin", "end" -> {
                rawArgument(); // the environment's name: its rows are read in order
                return " ";
            }
            default -> {
                return BIG.contains(name) ? words.get("speech." + name) : name;
            }
        }
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.');
    }

    /** "x 的平方", "K 的转置", "e 的 x 次方"; ℝ^{n×d} is a space, not a power. */
    private String power(String base, String script) {
        if (base.matches("[ℝℕℤℚℂ]")) {
            return base + " " + words.get("speech.sup") + " " + grouped(script);
        }
        return switch (script.strip()) {
            case "2" -> words.format("speech.squared", base);
            case "3" -> words.format("speech.cubed", base);
            case "T", "⊤" -> words.format("speech.transposed", base);
            case "′" -> base + "′";
            default -> words.format("speech.power", base, grouped(script));
        };
    }

    /** Words in parentheses when they are more than one unit, so "除以" and "次方" bind as written. */
    private String grouped(String text) {
        String w = text.strip();
        return w.contains(" ") ? words.format("speech.group", w) : w;
    }

    /** The next argument: a group, a command, or one character. */
    private String argument() {
        skipSpaces();
        if (pos >= src.length()) {
            return "";
        }
        String a = atom();
        return a == null ? "" : a.strip();
    }

    /** A group's text as written (for \text and \mathbb). */
    private String rawArgument() {
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == '{') {
            int end = src.indexOf('}', pos);
            end = end < 0 ? src.length() : end;
            String text = src.substring(pos + 1, end);
            pos = Math.min(src.length(), end + 1);
            return text;
        }
        return pos < src.length() ? String.valueOf(src.charAt(pos++)) : "";
    }

    /** A group of letters, digits and spaces, as written; null (and nothing read) for anything else. */
    private String plainGroup() {
        skipSpaces();
        int end = src.indexOf('}', pos);
        if (pos < src.length() && src.charAt(pos) == '{' && end > pos && src.substring(pos + 1, end).matches("[A-Za-z0-9 ]+")) {
            String text = src.substring(pos + 1, end).strip();
            pos = end + 1;
            return text;
        }
        return null;
    }

    /** An optional [argument], or null. */
    private String optional() {
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == '[') {
            int end = src.indexOf(']', pos);
            end = end < 0 ? src.length() : end;
            String text = of(src.substring(pos + 1, end));
            pos = Math.min(src.length(), end + 1);
            return text;
        }
        return null;
    }

    private void skipSpaces() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }
}
