package org.practiceworkbook.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practiceworkbook.Main;

/**
 * Time to the first frame, each run in a fresh JVM: the program ({@code --startup-probe}) against a bare JavaFX window
 * (one label) started the same way, with and without a JDK AOT cache trained on a probe run, and with the C2 compiler
 * off. Under a display (for example {@code xvfb-run}) the windows are real GTK windows; without one, JavaFX's headless
 * platform is used. Prints the median, fastest and slowest of each; figures in docs/benchmarks.md.
 * {@code -Dstartup.runs=N} sets the runs per variant (default 7).
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Path FOLDER = Path.of("target", "benchmark", "startup");

    @Test
    void first_frame_figures() throws Exception {
        Files.createDirectories(FOLDER);
        Path workbook = FOLDER.resolve("workbook");
        Path cache = FOLDER.resolve("app.aot");
        Files.deleteIfExists(cache);
        boolean display = System.getenv("DISPLAY") != null;
        List<String> libraries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).toList();
        Path programJar = jar(Path.of("target", "classes"), file -> true, FOLDER.resolve("practice-workbook.jar"));
        Path bareJar = jar(Path.of("target", "test-classes"),
                file -> file.getFileName().toString().startsWith(BareWindow.class.getSimpleName()),
                FOLDER.resolve("bare-window.jar"));
        List<String> program = List.of("-cp", classPath(programJar, libraries), Main.class.getName(),
                "--workbook", workbook.toString(), "--startup-probe");
        // The bare window gets JavaFX alone.
        List<String> bare = List.of("-cp", classPath(bareJar, libraries.stream()
                .filter(jar -> Path.of(jar).getFileName().toString().startsWith("javafx-")).toList()),
                BareWindow.class.getName());

        // Unmeasured: makes the workbook (its migrations are not part of a person's every start) and fills the
        // disk cache. Then the training run, which writes the AOT cache when it exits.
        firstFrame(List.of(), program);
        firstFrame(List.of("-XX:AOTCacheOutput=" + cache), program);
        System.out.println("startup: AOT cache " + Files.size(cache) / (1024 * 1024) + " MB; -Xlog:aot says: "
                + String.join(" | ", aotLog(cache, program)));

        var variants = new LinkedHashMap<String, Variant>();
        variants.put("bare JavaFX window", new Variant(List.of(), bare));
        variants.put("program", new Variant(List.of(), program));
        variants.put("program, -XX:TieredStopAtLevel=1", new Variant(List.of("-XX:TieredStopAtLevel=1"), program));
        variants.put("program, AOT cache", new Variant(List.of("-XX:AOTCache=" + cache), program));
        variants.put("program, AOT cache + TieredStopAtLevel=1",
                new Variant(List.of("-XX:AOTCache=" + cache, "-XX:TieredStopAtLevel=1"), program));
        int runs = Integer.getInteger("startup.runs", 7);
        Map<String, List<Long>> figures = new LinkedHashMap<>();
        var names = new ArrayList<>(variants.keySet());
        for (int run = 0; run < runs; run++) {
            // Taken in turn, each round starting one further along, so a busy moment on the machine is shared out.
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + run) % names.size());
                Variant variant = variants.get(name);
                figures.computeIfAbsent(name, n -> new ArrayList<>()).add(firstFrame(variant.jvm(), variant.main()));
            }
        }
        System.out.printf(Locale.ROOT, "startup: %s, %d runs each, %d cores, load average now %.1f%n",
                display ? "GTK under DISPLAY " + System.getenv("DISPLAY") : "headless platform", runs,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figures.forEach((name, millis) -> {
            long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "startup: %-42s first frame median %5d ms (fastest %d, slowest %d)%n",
                    name, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
        });
    }

    /** @param main the class path, the main class and its arguments */
    private record Variant(List<String> jvm, List<String> main) {
    }

    /** The same JVM flags for every variant but the ones under test: the platform, and native access for JavaFX. */
    private static List<String> command(List<String> jvm, List<String> main) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(jvm);
        command.addAll(main);
        return command;
    }

    /**
     * Classes as a jar, as installed: the AOT cache only takes classes from jars (a directory on the class path
     * disables it). Folders get entries of their own, as Maven's jars have: Flyway finds its migrations by asking
     * for the folder.
     */
    private static Path jar(Path classes, Predicate<Path> wanted, Path jar) throws IOException {
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                    out.closeEntry();
                } else if (wanted.test(file)) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static String classPath(Path jar, List<String> libraries) {
        var entries = new ArrayList<String>();
        entries.add(jar.toAbsolutePath().toString());
        entries.addAll(libraries);
        return String.join(File.pathSeparator, entries);
    }

    private static long firstFrame(List<String> jvm, List<String> main) throws Exception {
        String out = run(command(jvm, main));
        return out.lines().filter(l -> l.startsWith("first-frame-ms: ")).findFirst()
                .map(l -> Long.parseLong(l.substring("first-frame-ms: ".length())))
                .orElseThrow(() -> new AssertionError("no first-frame-ms from " + main + ":\n" + out));
    }

    /** What the JVM says about the cache: one that cannot be used is otherwise ignored without a word. */
    private static List<String> aotLog(Path cache, List<String> main) throws Exception {
        String out = run(command(List.of("-XX:AOTCache=" + cache, "-Xlog:aot"), main));
        if (out.lines().anyMatch(l -> l.contains("[error][aot]"))) {
            throw new AssertionError("the AOT cache is not used:\n" + out);
        }
        return out.lines().filter(l -> l.contains("[aot]")).filter(l -> l.contains("Opened")
                        || l.contains("Using") || l.contains("warning") || l.contains("disabled"))
                .map(l -> l.replaceFirst("^\\[[^]]*]", "")).toList();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not end: " + command);
        }
        String text = out.join();
        if (process.exitValue() != 0) {
            throw new AssertionError("exit " + process.exitValue() + " from " + command.getLast() + ":\n" + text);
        }
        return text;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
