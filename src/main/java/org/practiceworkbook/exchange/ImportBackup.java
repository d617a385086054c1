package org.practiceworkbook.exchange;

import org.practiceworkbook.store.BackupReason;
import org.practiceworkbook.store.StoreException;
import org.practiceworkbook.store.Workbook;

/**
 * The backup every import starts with, so whatever an import brings in can be undone with File > Restore backup…
 * One per importer: a batch of response files imported together is backed up once, before the first.
 */
final class ImportBackup {

    private final Workbook workbook;
    private boolean made;

    ImportBackup(Workbook workbook) {
        this.workbook = workbook;
    }

    /** @throws StoreException when no backup can be written: the import is then not made */
    void beforeImport() {
        if (made) {
            return;
        }
        try {
            workbook.backUp(BackupReason.BEFORE_IMPORT);
            made = true;
        } catch (StoreException e) {
            throw new StoreException(e.getMessage() + "; nothing was imported, as every import is backed up first", e);
        }
    }
}
