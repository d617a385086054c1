package org.practiceworkbook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonProblem;
import org.practiceworkbook.pack.InvalidPackException;
import org.practiceworkbook.pack.PackReader;

/**
 * Files too large for their kind are refused with the file's size and the limit, before they are read; values beyond
 * the read limits (nesting, text, number) are refused at their place. The large files are sparse: the test writes
 * almost nothing, and a reader that read them whole would still need their full size in memory.
 */
class InputLimitsTest {

    @TempDir
    Path folder;

    private final PackReader packs = new PackReader();

    @Test
    void aWorkbookFileOverFiftyMegabytesIsRefusedWithItsSizeAndTheLimit() throws Exception {
        Path big = sparse("trainer.pwb", 80_000_000);
        var refused = catchThrowableOfType(InvalidJsonException.class,
                () -> new WorkbookFiles(packs).read(big, WorkbookFiles.HeldPacks.NONE));
        assertThat(refused.firstProblem()).isEqualTo(big + ":1:1: /: trainer.pwb is 80 MB; Practice Workbook reads "
                + "workbook files up to 50 MB");
    }

    @Test
    void aResponseFileOverFiveMegabytesIsRefusedWithItsSizeAndTheLimit() throws Exception {
        Path big = sparse("sam.pwr", 5_000_001);
        var refused = catchThrowableOfType(InvalidJsonException.class, () -> new ResponseFiles().read("sam.pwr", big));
        assertThat(refused.firstProblem()).isEqualTo("sam.pwr:1:1: /: sam.pwr is 5.1 MB; Practice Workbook reads "
                + "response files up to 5 MB");
    }

    @Test
    void aPackOverTwoMegabytesIsRefusedWithItsSizeAndTheLimit() throws Exception {
        Path big = sparse("huge.json", 3_000_000);
        var refused = catchThrowableOfType(InvalidPackException.class, () -> packs.read(big));
        assertThat(refused.firstProblem()).isEqualTo(big + ":1:1: /: huge.json is 3 MB; Practice Workbook reads packs "
                + "up to 2 MB");
    }

    @Test
    void aFileThatNeverEndsIsReadOnlyUpToTheLimit() {
        Path endless = Path.of("/dev/zero");   // says it is empty, and never ends
        assumeTrue(Files.isReadable(endless), "needs /dev/zero");
        var refused = catchThrowableOfType(InvalidPackException.class, () -> packs.read(endless));
        assertThat(refused.firstProblem()).endsWith("zero is larger than 2 MB; Practice Workbook reads packs up to 2 MB");
    }

    @Test
    void contentInMemoryOverTheLimitIsRefusedTheSameWay() {
        var refused = catchThrowableOfType(InvalidJsonException.class,
                () -> new ResponseFiles().read("pasted.pwr", new byte[6_000_000]));
        assertThat(refused.firstProblem()).endsWith("pasted.pwr is 6 MB; Practice Workbook reads response files up to 5 MB");
    }

    @Test
    void valuesNestedTooDeeplyAreRefusedAtTheirPlace() {
        String deep = "{\"formatVersion\": 1,\n \"answers\": " + "[".repeat(40) + "]".repeat(40) + "}";
        JsonProblem problem = refusal(deep);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.pointer()).startsWith("/answers/0/0/0");
        assertThat(problem.message()).isEqualTo("values are nested more than 32 deep, far deeper than the format ever goes");
    }

    @Test
    void aTextLongerThanAHundredThousandCharactersIsRefusedAtItsPlace() {
        JsonProblem problem = refusal("{\"formatVersion\": 1,\n \"exportedAt\": \"" + "x".repeat(100_001) + "\"}");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.pointer()).isEqualTo("/exportedAt");
        assertThat(problem.message()).isEqualTo("a text is longer than 100,000 characters");
    }

    @Test
    void aNumberOfMoreThanAHundredDigitsIsRefusedAtItsPlace() {
        JsonProblem problem = refusal("{\"formatVersion\":\n " + "9".repeat(101) + "}");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.pointer()).isEqualTo("/formatVersion");
        assertThat(problem.message()).isEqualTo("a number is longer than 100 digits");
    }

    @Test
    void aNumberTooLargeForADoubleIsRefusedAtItsPlace() {
        JsonProblem problem = refusal("{\"formatVersion\": 1,\n \"answers\": [{\"value\": 1e999}]}");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.pointer()).isEqualTo("/answers/0/value");
        assertThat(problem.message()).isEqualTo("the number 1e999 is too large");
    }

    private static JsonProblem refusal(String json) {
        var refused = catchThrowableOfType(InvalidJsonException.class,
                () -> new ResponseFiles().read("odd.pwr", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.problems().getFirst().source()).isEqualTo("odd.pwr");
        return refused.problems().getFirst();
    }

    /** A file of {@code size} bytes that takes almost no disk and is not written byte by byte. */
    private Path sparse(String name, long size) throws Exception {
        Path file = folder.resolve(name);
        try (var out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
        return file;
    }
}
