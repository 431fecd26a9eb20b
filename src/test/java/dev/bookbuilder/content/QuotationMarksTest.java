package dev.bookbuilder.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/**
 * Chinese text uses Chinese quotation marks “ ” ‘ ’: no ASCII straight double quote may stand next to
 * Chinese characters (or between them, with only spaces in between) outside the YAML front matter, fenced
 * code, inline code and math. Checks every Markdown file under chapters/: the clusters, front and back.
 */
@Tag("content")
class QuotationMarksTest {
    private static final Pattern FENCE_OPEN = Pattern.compile("^(`{3,}|~{3,}).*");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$.*?\\$\\$");
    private static final Pattern INLINE_MATH = Pattern.compile("\\$[^$\\n]+\\$");
    private static final char MASK = '\u0000';

    static Stream<Path> markdownFiles() throws IOException {
        try (Stream<Path> s = Files.walk(CourseText.CHAPTERS)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void chaptersHaveMarkdownFiles() throws IOException {
        assertTrue(markdownFiles().findAny().isPresent(), "no .md files under " + CourseText.CHAPTERS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void noAsciiDoubleQuoteInChineseText(Path file) throws IOException {
        List<String> problems = asciiQuotesNextToChinese(file, Files.readAllLines(file));
        assertTrue(problems.isEmpty(), "ASCII \" in Chinese text, use “ ” instead:\n" + String.join("\n", problems));
    }

    /** file:line: excerpt, for every ASCII double quote next to Chinese in the prose of the file. */
    static List<String> asciiQuotesNextToChinese(Path file, List<String> lines) {
        List<String> problems = new ArrayList<>();
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    i++;
                    break;
                }
            }
        }
        String fence = null;
        boolean inMath = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            String bare = withoutQuotePrefix(line);
            if (fence != null) {
                if (closesFence(bare, fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher open = FENCE_OPEN.matcher(bare);
            if (open.matches()) {
                fence = open.group(1);
                continue;
            }
            if (inMath) {
                if (line.contains("$$")) {
                    inMath = false;
                }
                continue;
            }
            if (bare.startsWith("$$") && countOf(bare, "$$") == 1) {
                inMath = true;
                continue;
            }
            String prose = masked(line);
            for (int k = 0; k < prose.length(); k++) {
                if (prose.charAt(k) == '"' && (isChinese(neighbour(prose, k, -1)) || isChinese(neighbour(prose, k, +1)))) {
                    problems.add(file + ":" + (i + 1) + ": " + line.strip());
                    break;
                }
            }
        }
        return problems;
    }

    /** The line with inline code and math replaced by a neutral character, so that quotes inside them are ignored. */
    static String masked(String line) {
        String s = line;
        for (Pattern p : List.of(CODE_SPAN, DISPLAY_MATH, INLINE_MATH)) {
            Matcher m = p.matcher(s);
            StringBuilder out = new StringBuilder(s.length());
            int last = 0;
            while (m.find()) {
                out.append(s, last, m.start()).append(String.valueOf(MASK).repeat(m.end() - m.start()));
                last = m.end();
            }
            out.append(s, last, s.length());
            s = out.toString();
        }
        return s;
    }

    /** The nearest character that is not white space, before (step -1) or after (step +1) position k; 0 if none. */
    private static int neighbour(String s, int k, int step) {
        for (int j = k + step; j >= 0 && j < s.length(); j += step) {
            char c = s.charAt(j);
            if (!Character.isWhitespace(c)) {
                if (Character.isSurrogate(c)) {
                    return step > 0 ? s.codePointAt(j) : s.codePointBefore(j + 1);
                }
                return c;
            }
        }
        return 0;
    }

    /** Han characters and CJK punctuation (、。「」《》 and the full-width forms such as ，：；（）). */
    static boolean isChinese(int cp) {
        if (cp <= 0 || cp == MASK) {
            return false;
        }
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static String withoutQuotePrefix(String line) {
        String s = line.strip();
        while (s.startsWith(">")) {
            s = s.substring(1).strip();
        }
        return s;
    }

    private static boolean closesFence(String bare, String fence) {
        int n = 0;
        while (n < bare.length() && bare.charAt(n) == fence.charAt(0)) {
            n++;
        }
        return n >= fence.length() && bare.substring(n).isBlank();
    }

    private static int countOf(String s, String part) {
        int n = 0;
        for (int k = s.indexOf(part); k >= 0; k = s.indexOf(part, k + part.length())) {
            n++;
        }
        return n;
    }
}
