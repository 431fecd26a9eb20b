package dev.bookbuilder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ```python block that needs only the standard library (and numpy, where installed) runs to the
 * to the end without an error: the book's examples are programs, not sketches.
 */
@Tag("content")
class PythonBlocksRunTest {
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:from\\s+([\\w.]+)\\s+import|import\\s+([\\w., ]+))");
    /** Third-party modules a runnable block may use, besides the standard library. */
    private static final Set<String> ALLOWED_THIRD_PARTY = Set.of("numpy");

    @Test
    void standardLibraryAndNumpyBlocksRun(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(run(dir, "import sys", 10).exit == 0, "python3 is not installed: the Python code blocks were not run");
        boolean numpy = run(dir, "import numpy", 20).exit == 0;
        Set<String> stdlib = Set.of(run(dir, "import sys; print(' '.join(sorted(sys.stdlib_module_names)))", 10).output.strip().split(" "));
        List<CourseText.Block> runnable = new ArrayList<>();
        for (Path f : CourseText.questionFiles()) {
            for (CourseText.Block b : CourseText.pythonBlocks(f)) {
                Set<String> modules = modules(b.code());
                if (modules.stream().allMatch(m -> stdlib.contains(m) || (numpy && ALLOWED_THIRD_PARTY.contains(m)))) {
                    runnable.add(b);
                }
            }
        }
        // One block per core at a time (a block is one Python process), each in a folder of its own: the files a
        // block writes are never another's.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<java.util.concurrent.Future<String>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < runnable.size(); i++) {
                CourseText.Block b = runnable.get(i);
                Path own = Files.createDirectories(dir.resolve("block-" + i));
                runs.add(pool.submit(() -> {
                    Result r = run(own, b.code(), 30);
                    return r.exit == 0 ? null : b.file() + " (block at line " + b.line() + "): exit " + r.exit + "\n" + r.output.strip();
                }));
            }
            List<String> failures = new ArrayList<>();
            for (java.util.concurrent.Future<String> f : runs) {
                String failure = f.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertEquals(List.of(), failures);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        System.out.println(runnable.size() + " python blocks run" + (numpy ? "" : " (numpy is not installed: its blocks were skipped)"));
    }

    private static Set<String> modules(String code) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1).split("\\.")[0]);
            } else {
                for (String part : m.group(2).split(",")) {
                    out.add(part.strip().split("[.\\s]")[0]);
                }
            }
        }
        return out;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, String code, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile(dir, "block", ".py");
        Files.writeString(script, code);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-2, "timed out after " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
