package dev.bookbuilder.pdf.cff;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Reads the 'CFF ' table of a face of an OpenType font or collection. */
public final class OpenTypeCff {
    private OpenTypeCff() {
    }

    /** The CFF table of face {@code index} (0 for a single font), or null when the face has none (TrueType outlines). */
    public static byte[] read(Path file, int index) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long directory = 0;
            f.seek(0);
            if (f.readInt() == 0x74746366) { // 'ttcf'
                f.seek(12 + 4L * index);
                directory = f.readInt() & 0xffffffffL;
            }
            f.seek(directory + 4);
            int tables = f.readUnsignedShort();
            for (int t = 0; t < tables; t++) {
                f.seek(directory + 12 + 16L * t);
                int tag = f.readInt();
                f.readInt(); // checksum
                long offset = f.readInt() & 0xffffffffL;
                int length = f.readInt();
                if (tag == 0x43464620) { // 'CFF '
                    byte[] cff = new byte[length];
                    f.seek(offset);
                    f.readFully(cff);
                    return cff;
                }
            }
            return null;
        }
    }
}
