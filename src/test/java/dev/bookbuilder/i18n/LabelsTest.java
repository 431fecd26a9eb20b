package dev.bookbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The label files: complete in every language, chosen by the book's language with English behind, formatted plainly. */
@Tag("fast")
class LabelsTest {
    /** A literal key passed to a Labels lookup in the code or the templates. */
    private static final Pattern USED = Pattern.compile("(?:labels\\(\\)|labels|words|Labels\\.of\\([^)]*\\))\\s*\\.(?:get|format|around)\\(\"([a-zA-Z.]+)\"");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Set<String> english = keys("en");
        assertEquals(english, keys("zh"), "labels_zh.properties has the keys of labels_en.properties");
    }

    @Test
    void everyKeyTheBuilderLooksUpExists() throws IOException {
        Set<String> english = keys("en");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/templates")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = USED.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, "the scan finds the lookups: " + used);
        // Keys made from a prefix and a name: every name has its key.
        used.removeIf(k -> k.endsWith("."));
        for (var kind : dev.bookbuilder.markdown.callout.Callout.Kind.values()) {
            used.add("callout." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var kind : dev.bookbuilder.config.BookConfig.Kind.values()) {
            used.add("plan.intro." + kind.name().toLowerCase(java.util.Locale.ROOT));
            used.add("plan.count." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        List.of("sum", "prod", "int", "lim").forEach(op -> used.add("speech." + op));
        used.removeAll(english);
        assertEquals(Set.of(), used, "keys looked up but missing from labels_en.properties");
    }

    @Test
    void theBooksLanguageChoosesTheFileWithEnglishBehindIt() {
        assertEquals("目录", Labels.of("zh-CN").get("page.contents"));
        assertEquals("目录", Labels.of("zh-TW").get("page.contents"), "a region without a file of its own takes its language's");
        assertEquals("目录", Labels.of("").get("page.contents"), "no language: the default, zh-CN");
        assertEquals("Contents", Labels.of("en").get("page.contents"));
        assertEquals("Contents", Labels.of("en-GB").get("page.contents"));
        Labels french = Labels.of("fr");
        assertEquals("Contents", french.get("page.contents"), "a language without labels reads English");
        assertFalse(french.hasOwnLabels());
        assertTrue(Labels.of("zh-CN").hasOwnLabels());
        assertTrue(Labels.of("zh-CN").isCjk());
        assertFalse(Labels.of("en").isCjk());
    }

    @Test
    void numbersAndSeparatorsFollowTheLanguage() {
        Labels zh = Labels.of("zh-CN");
        Labels en = Labels.of("en");
        assertEquals("第\u20093\u2009章", zh.chapter("3")); // with the Han–Latin gap (ScriptGaps)
        assertEquals("Chapter 3", en.chapter("3"));
        assertEquals("图 1-2", zh.format("caption.figure", "1" + zh.get("number.separator") + "2"));
        assertEquals("Figure 1.2", en.format("caption.figure", "1" + en.get("number.separator") + "2"));
        assertEquals("甲、乙", zh.join(List.of("甲", "乙")));
        assertEquals("A, B", en.join(List.of("A", "B")));
        assertEquals("约 2 小时 10 分钟", zh.readingTime(127));
        assertEquals("about 45 min", en.readingTime(41));
        assertEquals("about 1 h", en.readingTime(58));
        assertArrayEquals(new String[] {" (p.\u00a0", ")"}, en.around("print.pageRef"));
        assertArrayEquals(new String[] {"（第\u2009", "\u2009页）"}, zh.around("print.pageRef"));
    }

    @Test
    void formattingIsPlain() {
        Labels en = Labels.of("en");
        // An apostrophe stays one (MessageFormat would eat it), braces that are not arguments stay.
        assertEquals("x squared", en.format("speech.squared", "x"));
        assertEquals("Cover: It's {a} book", en.format("cover.alt", "It's {a} book"));
    }

    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (var in = LabelsTest.class.getResourceAsStream("/i18n/labels_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
