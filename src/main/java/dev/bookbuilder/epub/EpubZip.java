package dev.bookbuilder.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The EPUB's zip, written by hand so that each entry is compressed once per content: a rebuild in a
 * watch process reuses the compressed bytes of every unchanged page ({@link BuildMemo}), a cold process
 * those kept by earlier builds ({@link DeflatedEntries}), and the rest are compressed in parallel. Reproducible: entries in the given order, one fixed time, no extra
 * fields; the first entry (mimetype) stored, the others deflated.
 */
final class EpubZip {
    private static final int UTF8_NAMES = 0x0800;

    /** An entry's content as it is stored. */
    record Packed(byte[] data, long crc, int size, boolean deflated) {
    }

    record Entry(String name, byte[] data) {
    }

    private final BuildMemo<Packed> packed;
    private final DeflatedEntries deflated;

    EpubZip(BuildMemo<Packed> packed) {
        this(packed, DeflatedEntries.shared());
    }

    EpubZip(BuildMemo<Packed> packed, DeflatedEntries deflated) {
        this.packed = packed;
        this.deflated = deflated;
    }

    void write(List<Entry> entries, LocalDateTime time, OutputStream target) throws IOException {
        if (entries.size() > 0xFFFF) {
            throw new IOException("an EPUB of more than 65,535 files needs ZIP64, which this writer does not write");
        }
        List<Packed> bodies = java.util.stream.IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> i == 0 ? pack(entries.get(0).data(), false)
                        : packed.get(() -> BuildMemo.key(entries.get(i).data()), () -> pack(entries.get(i).data(), true)))
                .toList();
        int dosTime = dosTime(time);
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        for (int i = 0; i < entries.size(); i++) {
            byte[] name = entries.get(i).name().getBytes(StandardCharsets.UTF_8);
            Packed p = bodies.get(i);
            ByteBuffer local = header(30 + name.length);
            local.putInt(0x04034b50).putShort(version(p)).putShort((short) UTF8_NAMES).putShort((short) (p.deflated() ? 8 : 0))
                    .putInt(dosTime).putInt((int) p.crc()).putInt(p.data().length).putInt(p.size())
                    .putShort((short) name.length).putShort((short) 0).put(name);
            target.write(local.array());
            target.write(p.data());
            ByteBuffer entry = header(46 + name.length);
            entry.putInt(0x02014b50).putShort(version(p)).putShort(version(p)).putShort((short) UTF8_NAMES)
                    .putShort((short) (p.deflated() ? 8 : 0)).putInt(dosTime).putInt((int) p.crc()).putInt(p.data().length)
                    .putInt(p.size()).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(checked32(offset)).put(name);
            central.write(entry.array());
            offset += 30 + name.length + p.data().length;
        }
        ByteBuffer end = header(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(checked32(offset)).putShort((short) 0);
        central.writeTo(target);
        target.write(end.array());
    }

    private Packed pack(byte[] data, boolean deflate) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return deflate ? new Packed(deflated.deflate(data, crc.getValue()), crc.getValue(), data.length, true)
                : new Packed(data, crc.getValue(), data.length, false);
    }

    private static short version(Packed p) {
        return (short) (p.deflated() ? 20 : 10); // the version a reader needs: 2.0 for deflate, 1.0 for stored
    }

    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int checked32(long offset) throws IOException {
        if (offset > 0xFFFFFFFFL) {
            throw new IOException("an EPUB over 4 GB needs ZIP64, which this writer does not write");
        }
        return (int) offset;
    }

    /** MS-DOS date and time, as zip entries carry them (two-second steps, years from 1980). */
    static int dosTime(LocalDateTime t) {
        return (t.getYear() - 1980) << 25 | t.getMonthValue() << 21 | t.getDayOfMonth() << 16
                | t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() >> 1;
    }
}
