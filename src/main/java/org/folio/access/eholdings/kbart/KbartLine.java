package org.folio.access.eholdings.kbart;

import java.util.List;
import org.folio.access.eholdings.kbart.StoredDocuments.Coverage;
import org.folio.access.eholdings.kbart.StoredDocuments.Resource;
import org.folio.access.eholdings.kbart.StoredDocuments.Title;

/** What one KBART line says, or why it cannot be imported. */
sealed interface KbartLine {
  int lineNo();

  /**
   * An accepted line: the title's key, the key of its name (titles that share an identifier but not a name are
   * different titles), its search identifiers, the managed documents, and what was dropped from the line and why.
   */
  record Accepted(int lineNo, String titleKey, String nameKey, List<String> isxn, Title title, Resource resource,
      Coverage coverage, List<String> warnings) implements KbartLine {}

  /** A rejected line, with the reason the import reports. */
  record Rejected(int lineNo, String reason) implements KbartLine {}
}
