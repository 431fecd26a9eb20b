package dev.bookbuilder.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One edition's web site in memory: every file by its path in the site ({@code index.html},
 * {@code styles/web.css}). The build writes it to out/&lt;book&gt;-&lt;edition&gt;/; {@code serve} serves it.
 */
public record Site(SortedMap<String, byte[]> files) {
    public Site {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The paths whose content differs from {@code before}'s (added, changed or gone). */
    public Set<String> changedSince(Site before) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] old = before.files.get(e.getKey());
            if (old == null || !Arrays.equals(old, e.getValue())) {
                out.add(e.getKey());
            }
        }
        before.files.keySet().stream().filter(k -> !files.containsKey(k)).forEach(out::add);
        return out;
    }

    /** The site as a ZIP archive (the writer seam's form of a folder): fixed order and times, so builds repeat. */
    public void writeArchive(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        zip.setLevel(1); // unpacked at once by the driver: speed matters, size does not
        LocalDateTime time = LocalDateTime.of(1980, 1, 1, 0, 0);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(time);
            zip.putNextEntry(entry);
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }
}
