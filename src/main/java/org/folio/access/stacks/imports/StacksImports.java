package org.folio.access.stacks.imports;

import org.folio.access.platform.db.Db;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.works.WorkRepository;

/** The import capability, wired once: its service (for the resource) and its job (for the worker). */
public record StacksImports(ImportService service, StacksImportJob job) {
  public static StacksImports create(Db db, long uploadLimitBytes, WorkRepository works, ItemRepository items) {
    ImportStagingRepository staging = new ImportStagingRepository();
    ImportRepository imports = new ImportRepository();
    return new StacksImports(new ImportService(db, new ImportReceiver(db.pool(), staging, uploadLimitBytes), staging, imports),
        new StacksImportJob(db, imports, staging, works, items));
  }
}
