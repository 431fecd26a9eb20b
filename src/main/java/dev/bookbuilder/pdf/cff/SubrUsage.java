package dev.bookbuilder.pdf.cff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the subroutines a Type 2 charstring calls, directly or through other subroutines, by
 * walking it as an interpreter would: the stem count carries across calls, because a hintmask's
 * length depends on it.
 */
final class SubrUsage {
    private final List<byte[]> globals;
    private final List<byte[]> locals;
    private final Set<Integer> usedGlobals;
    private final Set<Integer> usedLocals;
    private final List<Integer> stack = new ArrayList<>();
    private int stems;
    private boolean ended;

    private SubrUsage(List<byte[]> globals, List<byte[]> locals, Set<Integer> usedGlobals, Set<Integer> usedLocals) {
        this.globals = globals;
        this.locals = locals;
        this.usedGlobals = usedGlobals;
        this.usedLocals = usedLocals;
    }

    /** Adds to the two sets the global and local subroutines that {@code charstring} uses. */
    static void collect(byte[] charstring, List<byte[]> globals, List<byte[]> locals, Set<Integer> usedGlobals, Set<Integer> usedLocals) {
        new SubrUsage(globals, locals, usedGlobals, usedLocals).run(charstring, 0);
    }

    static int bias(int count) {
        return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
    }

    private void run(byte[] cs, int depth) {
        if (depth > 10) {
            return; // the format allows nesting 10 deep: a deeper call is a broken font, not ours to follow
        }
        int i = 0;
        while (i < cs.length && !ended) {
            int b0 = cs[i] & 0xff;
            if (b0 >= 32 && b0 <= 246) {
                stack.add(b0 - 139);
                i++;
            } else if (b0 >= 247 && b0 <= 250) {
                stack.add((b0 - 247) * 256 + (cs[i + 1] & 0xff) + 108);
                i += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                stack.add(-(b0 - 251) * 256 - (cs[i + 1] & 0xff) - 108);
                i += 2;
            } else if (b0 == 28) {
                stack.add((int) (short) (((cs[i + 1] & 0xff) << 8) | (cs[i + 2] & 0xff)));
                i += 3;
            } else if (b0 == 255) {
                stack.add(((cs[i + 1] & 0xff) << 24 | (cs[i + 2] & 0xff) << 16) >> 16); // 16.16 fixed: the integer part
                i += 5;
            } else {
                i = operator(cs, i, b0, depth);
            }
        }
    }

    private int operator(byte[] cs, int i, int op, int depth) {
        switch (op) {
            case 1, 3, 18, 23 -> { // hstem, vstem, hstemhm, vstemhm
                stems += stack.size() / 2;
                stack.clear();
                return i + 1;
            }
            case 19, 20 -> { // hintmask, cntrmask: an implied vstemhm first, then one bit per stem
                stems += stack.size() / 2;
                stack.clear();
                return i + 1 + (stems + 7) / 8;
            }
            case 10, 29 -> { // callsubr, callgsubr
                if (stack.isEmpty()) {
                    return i + 1;
                }
                List<byte[]> subrs = op == 10 ? locals : globals;
                int n = stack.remove(stack.size() - 1) + bias(subrs.size());
                if (n >= 0 && n < subrs.size()) {
                    (op == 10 ? usedLocals : usedGlobals).add(n);
                    run(subrs.get(n), depth + 1);
                }
                return i + 1;
            }
            case 11 -> { // return
                return cs.length;
            }
            case 14 -> { // endchar
                ended = true;
                return cs.length;
            }
            case 12 -> {
                stack.clear();
                return i + 2;
            }
            default -> {
                stack.clear();
                return i + 1;
            }
        }
    }
}
