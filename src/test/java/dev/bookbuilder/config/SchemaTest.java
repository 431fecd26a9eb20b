package dev.bookbuilder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bookbuilder.source.FrontMatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/schema/ (what editors check book.yml and front matter against) agrees with the builder: it
 * accepts the course, the sample books and the starter book of `book new`, and rejects the values the
 * bad fixtures are reported for.
 */
@Tag("fast")
class SchemaTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema BOOK = schema("docs/schema/book.schema.json");
    private static final Schema FRONT = schema("docs/schema/front-matter.schema.json");
    /** Codes for a value the schema can see is wrong, without the rest of the book. */
    private static final Set<String> SCHEMA_CODES = Set.of("wrong-type", "bad-id", "bad-value");

    private static Schema schema(String file) {
        try {
            return REGISTRY.getSchema(Files.readString(Path.of(file)), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Error> errors(Path file) throws IOException {
        String text = Files.readString(file);
        if (file.getFileName().toString().equals("book.yml")) {
            return BOOK.validate(text, InputFormat.YAML);
        }
        FrontMatter fm = FrontMatter.split(text);
        return fm.yaml() == null || fm.yaml().isBlank() ? List.of() : FRONT.validate(fm.yaml(), InputFormat.YAML);
    }

    private static List<Path> configFiles(Path chapters) throws IOException {
        try (Stream<Path> s = Files.walk(chapters)) {
            return s.filter(p -> p.getFileName().toString().equals("book.yml") || p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void acceptsTheCourseTheSampleBooksAndTheStarterBooks(@TempDir Path tmp) throws IOException {
        List<Path> books = new ArrayList<>(List.of(Path.of("chapters")));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/books"))) {
            s.map(b -> b.resolve("chapters")).filter(Files::isDirectory).sorted().forEach(books::add);
        }
        for (String lang : List.of("en", "zh-CN")) {
            Path dir = tmp.resolve(lang);
            assertEquals(0, dev.bookbuilder.cli.Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), "new", dir.toString(), "--language", lang, "--title", "T: a \"book\""));
            books.add(dir.resolve("chapters"));
        }
        int checked = 0;
        for (Path book : books) {
            for (Path f : configFiles(book)) {
                assertEquals(List.of(), errors(f).stream().map(Error::toString).toList(), f.toString());
                checked++;
            }
        }
        assertTrue(checked > 80, "the course's files were checked: " + checked);
    }

    @Test
    void rejectsTheValuesTheBadFixturesAreReportedFor() throws IOException {
        Pattern line = Pattern.compile("^(\\S+):\\d+:\\d+: error ([a-z-]+)$");
        int rejected = 0;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/bad"))) {
            for (Path fixture : s.filter(Files::isDirectory).sorted().toList()) {
                for (String l : Files.readAllLines(fixture.resolve("expected.txt"))) {
                    Matcher m = line.matcher(l.strip());
                    if (!l.startsWith("#") && m.matches() && SCHEMA_CODES.contains(m.group(2))) {
                        Path file = fixture.resolve("chapters").resolve(m.group(1));
                        assertFalse(errors(file).isEmpty(), "the schema accepts " + file + ", which the builder reports as " + m.group(2));
                        rejected++;
                    }
                }
            }
        }
        assertTrue(rejected >= 4, "fixtures with a value error: " + rejected);
    }

    @Test
    void rejectsATypoInAFieldNameAndAPageSizeItCannotRead() {
        assertFalse(BOOK.validate("id: b\ntitle: T\nclusters: [a]\ntitel: x\n", InputFormat.YAML).isEmpty());
        assertFalse(BOOK.validate("id: b\ntitle: T\nclusters: [a]\npdf: {page: \"0mm\"}\n", InputFormat.YAML).isEmpty());
        assertTrue(BOOK.validate("id: b\ntitle: T\nclusters: [a]\npdf: {page: \"185mm 260mm\", duplex: true}\n", InputFormat.YAML).isEmpty());
        assertFalse(FRONT.validate("title: x\npoints: one\n", InputFormat.YAML).isEmpty());
    }
}
