package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that starts refusing writes on command, as a full disk or a pulled-out USB stick does: H2 reaches the
 * workbook's file through this wrapper (its own "failing:" scheme), and every write or sync to a file in a folder
 * that has been made to fail throws the IOException the real disk would. Reads keep working.
 */
public final class FailingDisk extends FilePathWrapper {

    private static final String SCHEME = "failing";
    // H2 keeps file systems in a static registry and makes path objects itself, so the switch cannot live in one
    // instance; each test arms its own temporary folder, so tests never see each other's faults.
    private static final Set<Path> FAILING = ConcurrentHashMap.newKeySet();

    static {
        FilePath.register(new FailingDisk());
    }

    /** The way to open workbooks through this disk; writes work until {@link #startFailing(Path)}. */
    public static Disk disk() {
        return new Disk(SCHEME + ":", Disk.LOCAL.writable());
    }

    /** From now on, every write to a file under {@code folder} fails with "No space left on device". */
    public static void startFailing(Path folder) {
        FAILING.add(folder.toAbsolutePath().normalize());
    }

    /** The disk is back (space freed, stick put back in). */
    public static void stopFailing(Path folder) {
        FAILING.remove(folder.toAbsolutePath().normalize());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FailingChannel(super.open(mode), Path.of(getBase().toString()).toAbsolutePath().normalize());
    }

    private static void check(Path file) throws IOException {
        for (Path folder : FAILING) {
            if (file.startsWith(folder)) {
                throw new IOException("No space left on device");
            }
        }
    }

    private static final class FailingChannel extends FileBase {
        private final FileChannel base;
        private final Path file;

        FailingChannel(FileChannel base, Path file) {
            this.base = base;
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check(file);
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check(file);
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check(file);
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check(file);
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
