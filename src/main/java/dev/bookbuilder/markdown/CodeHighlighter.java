package dev.bookbuilder.markdown;

import java.util.Locale;
import java.util.Map;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Highlights code at build time with RSyntaxTextArea's token makers (they tokenize without a
 * window): spans with classes the stylesheets give weight, italics and a colour, so that the
 * kinds of token stay apart in greyscale too.
 */
public final class CodeHighlighter {
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("python", SyntaxConstants.SYNTAX_STYLE_PYTHON), Map.entry("py", SyntaxConstants.SYNTAX_STYLE_PYTHON),
            Map.entry("bash", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), Map.entry("sh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("shell", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL), Map.entry("console", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("json", SyntaxConstants.SYNTAX_STYLE_JSON), Map.entry("yaml", SyntaxConstants.SYNTAX_STYLE_YAML),
            Map.entry("yml", SyntaxConstants.SYNTAX_STYLE_YAML), Map.entry("java", SyntaxConstants.SYNTAX_STYLE_JAVA),
            Map.entry("c", SyntaxConstants.SYNTAX_STYLE_C), Map.entry("cpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("c++", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS), Map.entry("cuda", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("sql", SyntaxConstants.SYNTAX_STYLE_SQL), Map.entry("javascript", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            Map.entry("js", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT), Map.entry("xml", SyntaxConstants.SYNTAX_STYLE_XML),
            Map.entry("html", SyntaxConstants.SYNTAX_STYLE_HTML), Map.entry("css", SyntaxConstants.SYNTAX_STYLE_CSS),
            Map.entry("dockerfile", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE), Map.entry("toml", SyntaxConstants.SYNTAX_STYLE_INI),
            Map.entry("ini", SyntaxConstants.SYNTAX_STYLE_INI), Map.entry("go", SyntaxConstants.SYNTAX_STYLE_GO),
            Map.entry("rust", SyntaxConstants.SYNTAX_STYLE_RUST), Map.entry("rs", SyntaxConstants.SYNTAX_STYLE_RUST),
            // rustdoc's attributes alone name a Rust block in mdBook books
            Map.entry("ignore", SyntaxConstants.SYNTAX_STYLE_RUST), Map.entry("no_run", SyntaxConstants.SYNTAX_STYLE_RUST),
            Map.entry("should_panic", SyntaxConstants.SYNTAX_STYLE_RUST), Map.entry("compile_fail", SyntaxConstants.SYNTAX_STYLE_RUST),
            Map.entry("make", SyntaxConstants.SYNTAX_STYLE_MAKEFILE), Map.entry("makefile", SyntaxConstants.SYNTAX_STYLE_MAKEFILE),
            Map.entry("asm", SyntaxConstants.SYNTAX_STYLE_ASSEMBLER_X86), Map.entry("nasm", SyntaxConstants.SYNTAX_STYLE_ASSEMBLER_X86),
            Map.entry("typescript", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT), Map.entry("ts", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT),
            Map.entry("kotlin", SyntaxConstants.SYNTAX_STYLE_KOTLIN), Map.entry("kt", SyntaxConstants.SYNTAX_STYLE_KOTLIN),
            Map.entry("ruby", SyntaxConstants.SYNTAX_STYLE_RUBY), Map.entry("rb", SyntaxConstants.SYNTAX_STYLE_RUBY),
            Map.entry("csharp", SyntaxConstants.SYNTAX_STYLE_CSHARP), Map.entry("cs", SyntaxConstants.SYNTAX_STYLE_CSHARP),
            Map.entry("php", SyntaxConstants.SYNTAX_STYLE_PHP), Map.entry("lua", SyntaxConstants.SYNTAX_STYLE_LUA),
            Map.entry("scala", SyntaxConstants.SYNTAX_STYLE_SCALA), Map.entry("perl", SyntaxConstants.SYNTAX_STYLE_PERL),
            // names met in yeasy/docker_practice and mdBook's guide
            Map.entry("docker", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE), Map.entry("jsonc", SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS),
            Map.entry("json5", SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS), Map.entry("handlebars", SyntaxConstants.SYNTAX_STYLE_HANDLEBARS),
            Map.entry("hbs", SyntaxConstants.SYNTAX_STYLE_HANDLEBARS), Map.entry("proto", SyntaxConstants.SYNTAX_STYLE_PROTO),
            Map.entry("protobuf", SyntaxConstants.SYNTAX_STYLE_PROTO), Map.entry("groovy", SyntaxConstants.SYNTAX_STYLE_GROOVY),
            Map.entry("gradle", SyntaxConstants.SYNTAX_STYLE_GROOVY), Map.entry("dart", SyntaxConstants.SYNTAX_STYLE_DART),
            Map.entry("bat", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH), Map.entry("batch", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH),
            Map.entry("cmd", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH));
    /** Fences that are plain on purpose: no highlighting, no warning. */
    private static final java.util.Set<String> PLAIN = java.util.Set.of("", "text", "plain", "plaintext", "txt", "output", "none",
            "plantuml", "chart", "math", "latex", "tex", "diff", "markdown", "md");

    private CodeHighlighter() {
    }

    /** Every language name a fence may use (highlighted or plain on purpose), for "did you mean". */
    public static java.util.Set<String> names() {
        java.util.Set<String> all = new java.util.TreeSet<>(STYLES.keySet());
        all.addAll(PLAIN);
        all.remove("");
        return all;
    }

    /** True when the language is highlighted or plain on purpose; else the build warns. */
    public static boolean knows(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return STYLES.containsKey(l) || PLAIN.contains(l);
    }

    /** The code as escaped XHTML with token spans, or just escaped when the language has no highlighter. */
    public static String highlight(String language, String code) {
        String style = STYLES.get(language.toLowerCase(Locale.ROOT));
        if (style == null) {
            return escape(code);
        }
        TokenMaker maker = TokenMakerFactory.getDefaultInstance().getTokenMaker(style);
        StringBuilder out = new StringBuilder();
        int state = TokenTypes.NULL;
        String[] lines = code.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            char[] chars = lines[li].toCharArray();
            Segment segment = new Segment(chars, 0, chars.length);
            for (Token t = maker.getTokenList(segment, state, 0); t != null && t.isPaintable(); t = t.getNextToken()) {
                String cls = cssClass(t.getType());
                String text = escape(t.getLexeme());
                if (cls == null) {
                    out.append(text);
                } else {
                    out.append("<span class=\"tok-").append(cls).append("\">").append(text).append("</span>");
                }
            }
            state = maker.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), state);
            if (li < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String cssClass(int type) {
        return switch (type) {
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.LITERAL_BOOLEAN -> "kw";
            case TokenTypes.FUNCTION -> "fn";
            case TokenTypes.DATA_TYPE -> "type";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE -> "str";
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT, TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> "num";
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION, TokenTypes.COMMENT_KEYWORD,
                    TokenTypes.COMMENT_MARKUP -> "com";
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR -> "ann";
            case TokenTypes.VARIABLE -> "var";
            case TokenTypes.REGEX -> "re";
            case TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_TAG_ATTRIBUTE -> "tag";
            default -> null;
        };
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
