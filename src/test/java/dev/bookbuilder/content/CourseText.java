package dev.bookbuilder.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the course's question files as text, for checks of the writing itself. */
final class CourseText {
    static final Path CHAPTERS = Path.of("chapters");
    private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern CITATION = Pattern.compile("\\[@([^\\]]+)\\]");

    private CourseText() {
    }

    /** Every question file: NN-name.md inside a cluster folder. */
    static List<Path> questionFiles() throws IOException {
        try (Stream<Path> s = Files.walk(CHAPTERS, 2)) {
            return s.filter(p -> p.getNameCount() == 3 && p.getName(1).toString().matches("\\d+-.+"))
                    .filter(p -> p.getFileName().toString().matches("\\d+-.+\\.md")).sorted().toList();
        }
    }

    static String body(Path file) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---", 4);
        return end < 0 ? text : text.substring(end + 4);
    }

    /** Chinese characters of prose: code, math, links' targets and markup do not count. */
    static int proseHanCount(String body) {
        String prose = FENCED.matcher(body).replaceAll("");
        prose = prose.replaceAll("(?s)\\$\\$.*?\\$\\$", "");
        prose = prose.replaceAll("`[^`]*`", "");
        prose = prose.replaceAll("\\$[^$\\n]+\\$", "");
        prose = prose.replaceAll("\\]\\([^)]*\\)", "]");
        int n = 0;
        for (int i = 0; i < prose.length(); ) {
            int cp = prose.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The keys of every {@code [@key]} and {@code [@a; @b, p. 4]} citation. */
    static Set<String> citedKeys(String text) {
        Set<String> keys = new HashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split(";")) {
                String key = part.strip().replaceFirst("^@", "").split("[,\\s]")[0];
                keys.add(key);
            }
        }
        return keys;
    }

    static Set<String> bibKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        Matcher m = Pattern.compile("@\\w+\\s*\\{\\s*([^,\\s]+)\\s*,").matcher(Files.readString(CHAPTERS.resolve("references.bib")));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** The bodies of ```python fences, with the file line each starts on. */
    static List<Block> pythonBlocks(Path file) throws IOException {
        List<Block> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("```python\\b.*")) {
                int start = i + 1;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                out.add(new Block(file, start + 1, code.toString()));
            }
        }
        return out;
    }

    /** A code block and where it stands. */
    record Block(Path file, int line, String code) {
    }
}
