package org.practiceworkbook.cli;

import org.practiceworkbook.store.StoreException;
import org.practiceworkbook.store.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The day's first opening of a workbook backs it up; a backup that cannot be written does not stop the work. */
final class OpeningBackup {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningBackup.class);

    private OpeningBackup() {
    }

    static Workbook make(Workbook workbook) {
        try {
            workbook.backUpOnOpening();
        } catch (StoreException e) {
            // The workbook itself is fine: a full or missing backups folder is a reason to say so, not to refuse it.
            LOG.warn("No backup on opening: {}", e.getMessage());
        }
        return workbook;
    }
}
