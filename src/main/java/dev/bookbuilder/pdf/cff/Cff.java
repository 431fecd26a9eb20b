package dev.bookbuilder.pdf.cff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pieces of a CFF table this package reads and writes: INDEXes and DICTs (Adobe TN 5176). */
final class Cff {
    private Cff() {
    }

    /** An INDEX read from {@code data} at {@code offset}: its entries and the offset just past it. */
    record Index(List<byte[]> entries, int end) {
    }

    static Index readIndex(byte[] data, int offset) {
        int count = u16(data, offset);
        if (count == 0) {
            return new Index(List.of(), offset + 2);
        }
        int offSize = data[offset + 2] & 0xff;
        int base = offset + 3 + (count + 1) * offSize - 1;
        List<byte[]> entries = new ArrayList<>(count);
        int prev = offsetAt(data, offset + 3, offSize);
        for (int i = 1; i <= count; i++) {
            int next = offsetAt(data, offset + 3 + i * offSize, offSize);
            entries.add(java.util.Arrays.copyOfRange(data, base + prev, base + next));
            prev = next;
        }
        return new Index(entries, base + prev);
    }

    static byte[] writeIndex(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(entries.size() >> 8);
        out.write(entries.size());
        if (entries.isEmpty()) {
            return out.toByteArray();
        }
        long total = 1;
        for (byte[] e : entries) {
            total += e.length;
        }
        int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
        out.write(offSize);
        int at = 1;
        writeOffset(out, at, offSize);
        for (byte[] e : entries) {
            at += e.length;
            writeOffset(out, at, offSize);
        }
        entries.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A DICT as operator → operands, in order. Operators of two bytes are 1200 + the second byte. */
    static Map<Integer, List<Object>> readDict(byte[] data) {
        Map<Integer, List<Object>> dict = new LinkedHashMap<>();
        List<Object> operands = new ArrayList<>();
        int i = 0;
        while (i < data.length) {
            int b0 = data[i] & 0xff;
            if (b0 <= 21) {
                int op = b0 == 12 ? 1200 + (data[i + 1] & 0xff) : b0;
                i += b0 == 12 ? 2 : 1;
                dict.put(op, operands);
                operands = new ArrayList<>();
            } else if (b0 == 28) {
                operands.add((short) u16(data, i + 1));
                i += 3;
            } else if (b0 == 29) {
                operands.add(((data[i + 1] & 0xff) << 24) | ((data[i + 2] & 0xff) << 16) | ((data[i + 3] & 0xff) << 8) | (data[i + 4] & 0xff));
                i += 5;
            } else if (b0 == 30) {
                int start = i++;
                while ((data[i] & 0x0f) != 0x0f && (data[i] & 0xf0) != 0xf0) {
                    i++;
                }
                i++;
                operands.add(new Real(java.util.Arrays.copyOfRange(data, start, i)));
            } else if (b0 <= 246) {
                operands.add(b0 - 139);
                i++;
            } else if (b0 <= 250) {
                operands.add((b0 - 247) * 256 + (data[i + 1] & 0xff) + 108);
                i += 2;
            } else {
                operands.add(-(b0 - 251) * 256 - (data[i + 1] & 0xff) - 108);
                i += 2;
            }
        }
        return dict;
    }

    /** Writes a DICT, every integer as 5 bytes: the size of a DICT never depends on the offsets it holds. */
    static byte[] writeDict(Map<Integer, List<Object>> dict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dict.forEach((op, operands) -> {
            for (Object n : operands) {
                if (n instanceof Real r) {
                    out.writeBytes(r.encoded());
                } else {
                    int v = ((Number) n).intValue();
                    out.writeBytes(new byte[] {29, (byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
                }
            }
            if (op >= 1200) {
                out.write(12);
                out.write(op - 1200);
            } else {
                out.write(op);
            }
        });
        return out.toByteArray();
    }

    /** A real operand, kept as its encoded bytes. */
    record Real(byte[] encoded) {
    }

    static int u16(byte[] d, int at) {
        return ((d[at] & 0xff) << 8) | (d[at + 1] & 0xff);
    }

    private static int offsetAt(byte[] d, int at, int size) {
        int v = 0;
        for (int i = 0; i < size; i++) {
            v = (v << 8) | (d[at + i] & 0xff);
        }
        return v;
    }

    private static void writeOffset(ByteArrayOutputStream out, int v, int size) {
        for (int i = size - 1; i >= 0; i--) {
            out.write(v >> (8 * i));
        }
    }
}
