package org.folio.access.eholdings.kbart;

import java.util.List;
import org.folio.access.eholdings.kbart.StoredDocuments.Coverage;
import org.folio.access.eholdings.kbart.StoredDocuments.Resource;
import org.folio.access.eholdings.kbart.StoredDocuments.Title;

/** What one KBART line says, or why it cannot be imported. */
sealed interface KbartLine {
  int lineNo();

  /** An accepted line: the title's key, its search identifiers and the managed documents. */
  record Accepted(int lineNo, String titleKey, List<String> isxn, Title title, Resource resource, Coverage coverage)
      implements KbartLine {}

  /** A rejected line, with the reason the import reports. */
  record Rejected(int lineNo, String reason) implements KbartLine {}
}
