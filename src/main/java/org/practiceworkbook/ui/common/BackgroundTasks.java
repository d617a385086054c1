package org.practiceworkbook.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work (store calls, files) off the FX thread and hands the result back on it. The only place in the views
 * where threads are crossed. Tests pass a same-thread executor for both, so a click's effect is visible at once.
 */
public final class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor worker;
    private final Executor fxThread;

    public BackgroundTasks(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Same thread for work and results: for tests. */
    public static BackgroundTasks immediate() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                fxThread.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.debug("Background work failed", org.practiceworkbook.logging.WithoutMessages.of(e));
                fxThread.execute(() -> onFailure.accept(e));
            }
        });
    }
}
