package dev.bookbuilder.pdf.cff;

import dev.bookbuilder.cache.ContentCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Rewrites the embedded CFF font programs of a PDF as OpenPDF writes it (one classic xref table,
 * no object streams, stream lengths given directly), leaving every other byte as it was, and the
 * cross-reference table recomputed. Deterministic: the same input gives the same output.
 */
public final class PdfFontStreams {
    private static final Pattern CFF_STREAM = Pattern.compile(
            "(\\d+) 0 obj\\s*<<([^>]*/Subtype\\s*/CIDFontType0C[^>]*)>>\\s*stream\\r?\\n");
    private static final String CFF_SUBTYPE = "/CIDFontType0C";
    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d+)");
    private static final Pattern XREF = Pattern.compile("xref\\s+0\\s+(\\d+)\\s+");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)");

    private PdfFontStreams() {
    }

    /** The PDF with each CIDFontType0C program replaced by {@code fix} of it (decompressed); unchanged if none changes. */
    public static byte[] rewrite(byte[] pdf, UnaryOperator<byte[]> fix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
        try {
            rewrite(pdf, fix, ContentCache.none(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a stream in memory
        }
        return out.toByteArray();
    }

    /**
     * As {@link #rewrite(byte[], UnaryOperator)}, written to {@code out}, and each program's fixed and packed form
     * kept in {@code done} by the program as written (its key must name what {@code fix} depends on): a rebuild
     * whose text sets the same glyphs neither reads the original fonts again nor packs their subsets (a second of
     * a course's PDF). The PDF is read in place, never copied: at 16 times the course's size it is 90 MB, and its
     * copies as text and as output were the build's largest objects at its end.
     */
    public static void rewrite(byte[] pdf, UnaryOperator<byte[]> fix, ContentCache done, OutputStream out) throws IOException {
        CharSequence text = new Latin1(pdf);
        int startxref = lastIndexOf(pdf, "startxref", pdf.length);
        Matcher at = NUMBER.matcher(text);
        if (startxref < 0 || !at.region(startxref + 9, pdf.length).lookingAt()) {
            out.write(pdf);
            return;
        }
        int xref = Integer.parseInt(at.group(1));
        String tail = xref >= 0 && xref < startxref ? new String(pdf, xref, startxref - xref, StandardCharsets.ISO_8859_1) : "";
        Matcher head = XREF.matcher(tail);
        if (!head.lookingAt()) {
            out.write(pdf); // not the layout OpenPDF writes: leave the file alone
            return;
        }
        int count = Integer.parseInt(head.group(1));
        int[] offsets = new int[count];
        boolean[] used = new boolean[count];
        String[] entries = new String[count];
        int entry = head.end();
        for (int i = 0; i < count; i++, entry += 20) {
            entries[i] = tail.substring(entry, entry + 20);
            offsets[i] = Integer.parseInt(tail.substring(entry, entry + 10));
            used[i] = tail.charAt(entry + 17) == 'n';
        }
        if (!tail.startsWith("trailer", entry)) {
            out.write(pdf); // more than one xref subsection: not what OpenPDF writes
            return;
        }
        String trailer = tail.substring(entry);

        List<int[]> spans = new ArrayList<>(); // [object, start, end] of each font program object
        List<byte[]> replacements = new ArrayList<>();
        Matcher m = CFF_STREAM.matcher(text);
        // The pattern tried at every object of a large PDF cost a quarter of a second: it is tried only at
        // the objects whose dictionary names the font program's subtype.
        for (int hit = indexOf(pdf, CFF_SUBTYPE, 0); hit >= 0; hit = indexOf(pdf, CFF_SUBTYPE, hit + 1)) {
            int header = lastIndexOf(pdf, " 0 obj", hit);
            int start = header;
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            if (header < 0 || start == header || !m.region(start, Math.min(pdf.length, hit + 4096)).lookingAt() || m.end() < hit) {
                continue;
            }
            Matcher len = LENGTH.matcher(m.group(2));
            if (!m.group(2).contains("/FlateDecode") || !len.find()) {
                continue;
            }
            int data = m.end();
            int length = Integer.parseInt(len.group(1));
            int end = indexOf(pdf, "endobj", data + length) + "endobj".length();
            byte[] packed = packed(java.util.Arrays.copyOfRange(pdf, data, data + length), fix, done);
            if (packed == null) {
                continue;
            }
            ByteArrayOutputStream obj = new ByteArrayOutputStream();
            String dict = m.group(2).replaceFirst("/Length\\s+\\d+", "/Length " + packed.length);
            obj.writeBytes((m.group(1) + " 0 obj\n<<" + dict + ">>stream\n").getBytes(StandardCharsets.ISO_8859_1));
            obj.writeBytes(packed);
            obj.writeBytes("\nendstream\nendobj".getBytes(StandardCharsets.ISO_8859_1));
            spans.add(new int[] {Integer.parseInt(m.group(1)), start, end});
            replacements.add(obj.toByteArray());
        }
        if (spans.isEmpty()) {
            out.write(pdf);
            return;
        }
        long written = 0;
        int copied = 0;
        for (int i = 0; i < spans.size(); i++) {
            out.write(pdf, copied, spans.get(i)[1] - copied);
            out.write(replacements.get(i));
            written += spans.get(i)[1] - copied + replacements.get(i).length;
            copied = spans.get(i)[2];
        }
        out.write(pdf, copied, xref - copied);
        long newXref = written + xref - copied;
        StringBuilder table = new StringBuilder("xref\n0 " + count + "\n");
        for (int i = 0; i < count; i++) {
            String line = entries[i];
            if (used[i]) {
                int o = offsets[i];
                int delta = 0;
                for (int k = 0; k < spans.size() && o > spans.get(k)[1]; k++) {
                    delta += replacements.get(k).length - (spans.get(k)[2] - spans.get(k)[1]);
                }
                line = String.format("%010d", o + delta) + line.substring(10);
            }
            table.append(line);
        }
        table.append(trailer).append("startxref\n").append(newXref).append("\n%%EOF\n");
        out.write(table.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes of a PDF read as ISO-8859-1 text, in place. */
    private record Latin1(byte[] bytes) implements CharSequence {
        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static int indexOf(byte[] hay, String needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length(); i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (hay[i + j] != (byte) needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last start of {@code needle} before {@code before}. */
    private static int lastIndexOf(byte[] hay, String needle, int before) {
        outer:
        for (int i = Math.min(before, hay.length) - needle.length(); i >= 0; i--) {
            for (int j = 0; j < needle.length(); j++) {
                if (hay[i + j] != (byte) needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The program fixed and packed, or null when the fix leaves it as it is; from {@code done} when kept there. */
    private static byte[] packed(byte[] written, UnaryOperator<byte[]> fix, ContentCache done) {
        String key = HexFormat.of().formatHex(sha256(written));
        byte[] kept = done.getBytes(key).orElse(null);
        // An entry: 0 (the fix changes nothing), or 1, the packed program's digest, and the packed program.
        if (kept != null && kept.length == 1 && kept[0] == 0) {
            return null;
        }
        if (kept != null && kept.length > 33 && kept[0] == 1) {
            byte[] packed = java.util.Arrays.copyOfRange(kept, 33, kept.length);
            if (java.util.Arrays.equals(sha256(packed), java.util.Arrays.copyOfRange(kept, 1, 33))) {
                return packed;
            }
        }
        byte[] program = inflate(written);
        byte[] fixed = fix.apply(program);
        if (fixed == program) {
            done.putBytes(key, new byte[] {0});
            return null;
        }
        byte[] packed = deflate(fixed);
        ByteArrayOutputStream entry = new ByteArrayOutputStream(packed.length + 33);
        entry.write(1);
        entry.writeBytes(sha256(packed));
        entry.writeBytes(packed);
        done.putBytes(key, entry.toByteArray());
        return packed;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
        byte[] buf = new byte[65536];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("an embedded font program does not inflate", e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2);
        byte[] buf = new byte[65536];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }
}
