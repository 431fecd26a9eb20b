package dev.bookbuilder.pdf.cff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs a CID-keyed CFF subset written by OpenPDF. Its subsetter keeps every subroutine slot but
 * empties those it believes unused, and it misses some that are used: it never scans the glyphs of
 * a font dict without local subroutines for their global calls, and it misreads hintmasks inside
 * subroutines. A glyph then stops halfway, and its open counter is filled (the digit 4 of Noto Sans
 * Mono CJK). Here every kept glyph is walked again, and each subroutine it uses gets its original
 * code back; the rest of the subset is kept as it is, laid out anew.
 */
public final class CffSubsetRepair {
    private static final int CHARSET = 15, CHARSTRINGS = 17, PRIVATE = 18, SUBRS = 19, ROS = 1230, FDARRAY = 1236, FDSELECT = 1237;

    private CffSubsetRepair() {
    }

    /** The font's PostScript name, from the CFF's Name INDEX. */
    public static String fontName(byte[] cff) {
        return new String(Cff.readIndex(cff, cff[2] & 0xff).entries().get(0), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The subset with the subroutines its glyphs use restored from {@code original}, the full font it
     * was cut from; unchanged when nothing was missing or the two do not match.
     */
    public static byte[] repair(byte[] subset, byte[] original) {
        Parsed s = Parsed.of(subset);
        Parsed o = Parsed.of(original);
        if (s == null || o == null || s.gsubrs.size() != o.gsubrs.size() || s.fds.size() != o.fds.size()
                || s.charStrings.size() > o.charStrings.size()) {
            return subset;
        }
        Set<Integer> usedGlobals = new HashSet<>();
        List<Set<Integer>> usedLocals = new ArrayList<>();
        s.fds.forEach(fd -> usedLocals.add(new HashSet<>()));
        for (int gid = 0; gid < s.charStrings.size(); gid++) {
            int fd = s.fdOf(gid);
            SubrUsage.collect(s.charStrings.get(gid), o.gsubrs, o.fds.get(fd).subrs, usedGlobals, usedLocals.get(fd));
        }
        boolean changed = restore(s.gsubrs, o.gsubrs, usedGlobals);
        for (int fd = 0; fd < s.fds.size(); fd++) {
            if (s.fds.get(fd).subrs.size() == o.fds.get(fd).subrs.size()) {
                changed |= restore(s.fds.get(fd).subrs, o.fds.get(fd).subrs, usedLocals.get(fd));
            }
        }
        return changed ? s.write() : subset;
    }

    private static boolean restore(List<byte[]> subset, List<byte[]> original, Set<Integer> used) {
        boolean changed = false;
        for (int n : used) {
            if (!Arrays.equals(subset.get(n), original.get(n))) {
                subset.set(n, original.get(n));
                changed = true;
            }
        }
        return changed;
    }

    /** A font dict with its private dict and local subroutines. */
    private record FontDict(Map<Integer, List<Object>> dict, Map<Integer, List<Object>> priv, List<byte[]> subrs) {
    }

    /** A CID-keyed CFF taken apart into the pieces that are written back. */
    private static final class Parsed {
        byte[] header, names, strings, fdSelect, charset;
        Map<Integer, List<Object>> top;
        List<byte[]> gsubrs, charStrings;
        List<FontDict> fds = new ArrayList<>();

        static Parsed of(byte[] d) {
            Parsed p = new Parsed();
            int hdr = d[2] & 0xff;
            p.header = Arrays.copyOf(d, hdr);
            Cff.Index names = Cff.readIndex(d, hdr);
            p.names = Arrays.copyOfRange(d, hdr, names.end());
            Cff.Index tops = Cff.readIndex(d, names.end());
            Cff.Index strings = Cff.readIndex(d, tops.end());
            p.strings = Arrays.copyOfRange(d, tops.end(), strings.end());
            p.gsubrs = new ArrayList<>(Cff.readIndex(d, strings.end()).entries());
            p.top = new LinkedHashMap<>(Cff.readDict(tops.entries().get(0)));
            if (!p.top.containsKey(ROS) || !p.top.containsKey(FDARRAY) || !p.top.containsKey(FDSELECT)) {
                return null; // not CID-keyed: OpenPDF's CJK subsets all are
            }
            p.charStrings = Cff.readIndex(d, offset(p.top, CHARSTRINGS)).entries();
            int n = p.charStrings.size();
            int fdSelect = offset(p.top, FDSELECT);
            int fdSelectLength = (d[fdSelect] & 0xff) == 0 ? 1 + n : 5 + 3 * Cff.u16(d, fdSelect + 1);
            p.fdSelect = Arrays.copyOfRange(d, fdSelect, fdSelect + fdSelectLength);
            int charset = offset(p.top, CHARSET);
            p.charset = Arrays.copyOfRange(d, charset, charset + charsetLength(d, charset, n));
            for (byte[] fd : Cff.readIndex(d, offset(p.top, FDARRAY)).entries()) {
                Map<Integer, List<Object>> dict = new LinkedHashMap<>(Cff.readDict(fd));
                List<Object> priv = dict.get(PRIVATE);
                if (priv == null) {
                    p.fds.add(new FontDict(dict, null, new ArrayList<>())); // OpenPDF empties the font dicts no glyph uses
                    continue;
                }
                int size = ((Number) priv.get(0)).intValue();
                int at = ((Number) priv.get(1)).intValue();
                Map<Integer, List<Object>> privDict = new LinkedHashMap<>(Cff.readDict(Arrays.copyOfRange(d, at, at + size)));
                List<byte[]> subrs = privDict.containsKey(SUBRS)
                        ? new ArrayList<>(Cff.readIndex(d, at + ((Number) privDict.get(SUBRS).get(0)).intValue()).entries())
                        : new ArrayList<>();
                p.fds.add(new FontDict(dict, privDict, subrs));
            }
            return p;
        }

        int fdOf(int gid) {
            if ((fdSelect[0] & 0xff) == 0) {
                return fdSelect[1 + gid] & 0xff;
            }
            int ranges = Cff.u16(fdSelect, 1);
            int fd = 0;
            for (int r = 0; r < ranges; r++) {
                int first = Cff.u16(fdSelect, 3 + 3 * r);
                if (first > gid) {
                    break;
                }
                fd = fdSelect[3 + 3 * r + 2] & 0xff;
            }
            return fd;
        }

        private static int offset(Map<Integer, List<Object>> dict, int op) {
            return ((Number) dict.get(op).get(0)).intValue();
        }

        private static int charsetLength(byte[] d, int at, int glyphs) {
            int format = d[at] & 0xff;
            if (format == 0) {
                return 1 + 2 * (glyphs - 1);
            }
            int covered = 0;
            int i = at + 1;
            while (covered < glyphs - 1) {
                int left = format == 1 ? d[i + 2] & 0xff : Cff.u16(d, i + 2);
                covered += left + 1;
                i += format == 1 ? 3 : 4;
            }
            return i - at;
        }

        /** Header, names, top dict, strings, global subroutines, FDSelect, charset, font dicts, private dicts with their subroutines, charstrings. */
        byte[] write() {
            byte[] gsubrIndex = Cff.writeIndex(gsubrs);
            List<byte[]> privates = new ArrayList<>(); // each private dict followed by its subroutines
            int[] privateSize = new int[fds.size()];
            for (int i = 0; i < fds.size(); i++) {
                FontDict fd = fds.get(i);
                if (fd.priv == null) {
                    privates.add(new byte[0]);
                    continue;
                }
                Map<Integer, List<Object>> priv = new LinkedHashMap<>(fd.priv);
                priv.remove(SUBRS);
                if (!fd.subrs.isEmpty()) {
                    priv.put(SUBRS, List.of(0));
                    priv.put(SUBRS, List.of(Cff.writeDict(priv).length)); // the subroutines follow their private dict
                }
                byte[] dict = Cff.writeDict(priv);
                privateSize[i] = dict.length;
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.writeBytes(dict);
                if (!fd.subrs.isEmpty()) {
                    b.writeBytes(Cff.writeIndex(fd.subrs));
                }
                privates.add(b.toByteArray());
            }
            int topSize = Cff.writeIndex(List.of(Cff.writeDict(withOffsets(0, 0, 0, 0)))).length;
            int fdSelectAt = header.length + names.length + topSize + strings.length + gsubrIndex.length;
            int charsetAt = fdSelectAt + fdSelect.length;
            int fdArrayAt = charsetAt + charset.length;
            int fdArraySize = Cff.writeIndex(fontDicts(new int[fds.size()], new int[fds.size()])).length;
            int at = fdArrayAt + fdArraySize;
            int[] privateAt = new int[fds.size()];
            for (int i = 0; i < fds.size(); i++) {
                privateAt[i] = at;
                at += privates.get(i).length;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(header);
            out.writeBytes(names);
            out.writeBytes(Cff.writeIndex(List.of(Cff.writeDict(withOffsets(charsetAt, at, fdArrayAt, fdSelectAt)))));
            out.writeBytes(strings);
            out.writeBytes(gsubrIndex);
            out.writeBytes(fdSelect);
            out.writeBytes(charset);
            out.writeBytes(Cff.writeIndex(fontDicts(privateSize, privateAt)));
            privates.forEach(out::writeBytes);
            out.writeBytes(Cff.writeIndex(charStrings));
            return out.toByteArray();
        }

        private Map<Integer, List<Object>> withOffsets(int charsetAt, int charStringsAt, int fdArrayAt, int fdSelectAt) {
            Map<Integer, List<Object>> t = new LinkedHashMap<>(top);
            t.put(CHARSET, List.of(charsetAt));
            t.put(CHARSTRINGS, List.of(charStringsAt));
            t.put(FDARRAY, List.of(fdArrayAt));
            t.put(FDSELECT, List.of(fdSelectAt));
            return t;
        }

        private List<byte[]> fontDicts(int[] privateSize, int[] privateAt) {
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i < fds.size(); i++) {
                Map<Integer, List<Object>> d = new LinkedHashMap<>(fds.get(i).dict);
                if (fds.get(i).priv != null) {
                    d.put(PRIVATE, List.of(privateSize[i], privateAt[i]));
                }
                out.add(Cff.writeDict(d));
            }
            return out;
        }
    }
}
