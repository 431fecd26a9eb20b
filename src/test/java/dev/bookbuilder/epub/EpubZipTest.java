package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The hand-written EPUB zip: readable by Java's zip reader, mimetype first and stored, the same bytes from a warm memo. */
@Tag("fast")
class EpubZipTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 3, 14, 15, 9, 26);

    private static List<EpubZip.Entry> entries(String page) {
        return List.of(new EpubZip.Entry("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII)),
                new EpubZip.Entry("OEBPS/第一页.xhtml", page.repeat(200).getBytes(StandardCharsets.UTF_8)),
                new EpubZip.Entry("OEBPS/empty.css", new byte[0]));
    }

    private static byte[] write(EpubZip zip, List<EpubZip.Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        zip.write(entries, TIME, out);
        return out.toByteArray();
    }

    @Test
    void javasZipReaderReadsBackEveryEntry() throws IOException {
        List<EpubZip.Entry> entries = entries("<p>注意力</p>");
        byte[] zip = write(new EpubZip(new BuildMemo<>()), entries);
        assertEquals("mimetype", new String(zip, 30, 8, StandardCharsets.US_ASCII), "mimetype is the first entry, as EPUB requires");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                EpubZip.Entry expected = entries.get(names.size());
                names.add(e.getName());
                assertArrayEquals(expected.data(), in.readAllBytes(), e.getName());
                assertEquals(names.size() == 1 ? ZipEntry.STORED : ZipEntry.DEFLATED, e.getMethod(), e.getName());
                assertEquals(TIME, e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), "no extra fields");
            }
        }
        assertEquals(entries.stream().map(EpubZip.Entry::name).toList(), names);
    }

    @Test
    void aWarmMemoWritesTheSameBytesAndCompressesOnlyWhatChanged() throws IOException {
        BuildMemo<EpubZip.Packed> memo = new BuildMemo<>(true);
        EpubZip warm = new EpubZip(memo);
        write(warm, entries("<p>第一版</p>"));
        memo.nextBuild();
        byte[] rebuilt = write(warm, entries("<p>第二版</p>"));
        assertArrayEquals(write(new EpubZip(new BuildMemo<>()), entries("<p>第二版</p>")), rebuilt,
                "entries from the last build's memo make the bytes a fresh write makes");
        assertEquals(2, memo.size(), "the memo holds this build's two deflated entries, not the edited page's old text");
    }
}
