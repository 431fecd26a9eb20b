package dev.bookbuilder.build;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall and CPU time per stage of a build, and the peak heap, for {@code book build --profile}. CPU is
 * the whole process's, so a stage that runs in parallel shows more CPU than wall time.
 */
public final class Profile {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean enabled;

    private Profile(boolean enabled) {
        this.enabled = enabled;
    }

    public static Profile off() {
        return new Profile(false);
    }

    public static Profile on() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        return new Profile(true);
    }

    /** Starts timing a stage; closing the returned value records it. */
    public Stage stage(String name) {
        // Reading the CPU time loads JMX (~0.1 s of a one-off build's CPU): only when profiling.
        return new Stage(name, System.nanoTime(), enabled ? cpuNanos() : 0);
    }

    /** One timed stage. */
    public final class Stage implements AutoCloseable {
        private final String name;
        private final long wall;
        private final long cpu;

        private Stage(String name, long wall, long cpu) {
            this.name = name;
            this.wall = wall;
            this.cpu = cpu;
        }

        @Override
        public void close() {
            if (enabled) {
                synchronized (rows) {
                    rows.add(new String[] {name, ms(System.nanoTime() - wall), ms(cpuNanos() - cpu)});
                }
            }
        }
    }

    /** The table printed after the build: stage, wall, CPU, and the peak heap. */
    public List<String> report() {
        List<String> out = new ArrayList<>();
        if (!enabled) {
            return out;
        }
        out.add(String.format(Locale.ROOT, "%-34s %10s %10s", "stage", "wall ms", "cpu ms"));
        synchronized (rows) {
            for (String[] r : rows) {
                out.add(String.format(Locale.ROOT, "%-34s %10s %10s", r[0], r[1], r[2]));
            }
        }
        out.add(String.format(Locale.ROOT, "peak heap %,d MB", peakHeapBytes() / (1024 * 1024)));
        return out;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%,d", nanos / 1_000_000);
    }
}
